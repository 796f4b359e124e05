using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

public sealed class Divide() : ArithmeticOperator(BinaryOperator.Divide, "/", 8)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "quotient, a number (use ratio for a percentage)",
        "missing when either side is missing, or the divisor is 0",
        new("portfolio.amount / portfolio.loans", Evidence(("portfolio.amount", "number", "1200000"), ("portfolio.loans", "integer", "0")), "missing"));

    protected override DataType ResultType(DataType left, DataType right) => DataType.Number;

    public override MethodInfo RuntimeFor(Type operand) => Method<Divide>(nameof(Run), typeof(double));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => b == 0 ? RuntimeValues.Missing : RuntimeValues.Finite(a / b);
}
