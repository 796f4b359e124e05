using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>max(a, b, …)</c>: the largest of its arguments.</summary>
public sealed class Max() : ScalarFunction("max", new("a", ParameterKind.Number), new("b", ParameterKind.Number, Optional: true, Repeated: true))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "the largest argument; a percentage when all are, an integer when all are",
        "missing when any argument is missing",
        new("max(staff.women, staff.men)", Evidence(("staff.women", "integer", "41"), ("staff.men", "integer", "37")), "41"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => NumericResult(arguments);

    public override MethodInfo RuntimeFor(Type argument) => Method<Max>(nameof(Run), typeof(double), typeof(double));

    /// <summary>Math.Max gives NaN, the missing value, when either side is NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Math.Max(a, b);
}
