using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

public sealed class Multiply() : ArithmeticOperator(BinaryOperator.Multiply, "*", 8)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "product; two integers give an integer, anything else a number",
        "missing when either side is missing, or when the result is beyond the finite numbers",
        new("loans.average * 12", Evidence(("loans.average", "number", "250.5")), "3,006"));

    protected override DataType ResultType(DataType left, DataType right) =>
        left.Kind == TypeKind.Percentage || right.Kind == TypeKind.Percentage ? DataType.Number : base.ResultType(left, right);

    public override MethodInfo RuntimeFor(Type operand) => Method<Multiply>(nameof(Run), typeof(double));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => RuntimeValues.Finite(a * b);
}
