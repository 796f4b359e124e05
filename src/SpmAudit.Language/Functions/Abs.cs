using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>abs(a)</c>: the distance from zero.</summary>
public sealed class Abs() : ScalarFunction("abs", new FunctionParameter("a", ParameterKind.Number))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "a without its sign, of a's type",
        "missing when a is missing",
        new("abs(apr.stated - apr.computed)", Evidence(("apr.stated", "percentage", "38%"), ("apr.computed", "percentage", "41.5%")), "3.5%"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => arguments[0];

    public override MethodInfo RuntimeFor(Type argument) => Method<Abs>(nameof(Run), typeof(double));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a) => Math.Abs(a);
}
