using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>ratio(a, b)</c>: a share, as a percentage.</summary>
public sealed class Ratio() : ScalarFunction("ratio", new("a", ParameterKind.Number), new("b", ParameterKind.Number))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "a ÷ b, as a percentage",
        "missing when a or b is missing, or when b is 0",
        new("ratio(loans.women, loans.all)", Evidence(("loans.women", "integer", "30"), ("loans.all", "integer", "120")), "25%"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => DataType.Percentage;

    public override MethodInfo RuntimeFor(Type argument) => Method<Ratio>(nameof(Run), typeof(double), typeof(double));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Divide.Run(a, b);
}
