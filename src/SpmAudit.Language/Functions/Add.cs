using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

public sealed class Add() : ArithmeticOperator(BinaryOperator.Add, "+", 7)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "sum; two percentages give a percentage, two integers an integer",
        "missing when either side is missing, or when the result is beyond the finite numbers",
        new("staff.women + staff.men", Evidence(("staff.women", "integer", "41"), ("staff.men", "integer", "37")), "78"));

    protected override DataType ResultType(DataType left, DataType right) =>
        left.Kind == TypeKind.Percentage && right.Kind == TypeKind.Percentage ? DataType.Percentage : base.ResultType(left, right);

    public override MethodInfo RuntimeFor(Type operand) => Method<Add>(nameof(Run), typeof(double));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => RuntimeValues.Finite(a + b);
}
