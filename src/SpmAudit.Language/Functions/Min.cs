using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>min(a, b, …)</c>: the smallest of its arguments.</summary>
public sealed class Min() : ScalarFunction("min", new("a", ParameterKind.Number), new("b", ParameterKind.Number, Optional: true, Repeated: true))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "the smallest argument; a percentage when all are, an integer when all are",
        "missing when any argument is missing",
        new("min(portfolio.par30, portfolio.par90)", Evidence(("portfolio.par30", "percentage", "4.2%"), ("portfolio.par90", "percentage", "1.1%")), "1.1%"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => NumericResult(arguments);

    public override MethodInfo RuntimeFor(Type argument) => Method<Min>(nameof(Run), typeof(double), typeof(double));

    /// <summary>Math.Min gives NaN, the missing value, when either side is NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Math.Min(a, b);
}
