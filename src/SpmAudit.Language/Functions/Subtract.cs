using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

public sealed class Subtract() : ArithmeticOperator(BinaryOperator.Subtract, "-", 7)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "difference; two percentages give a percentage, two integers an integer",
        "missing when either side is missing, or when the result is beyond the finite numbers",
        new("portfolio.par30 - portfolio.par90", Evidence(("portfolio.par30", "percentage", "4.2%"), ("portfolio.par90", "percentage", "1.1%")), "3.1%"));

    protected override DataType ResultType(DataType left, DataType right) =>
        left.Kind == TypeKind.Percentage && right.Kind == TypeKind.Percentage ? DataType.Percentage : base.ResultType(left, right);

    public override MethodInfo RuntimeFor(Type operand) => Method<Subtract>(nameof(Run), typeof(double));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => RuntimeValues.Finite(a - b);
}
