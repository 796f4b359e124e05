using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>known(x)</c>: whether a value was supplied.</summary>
public sealed class Known() : ScalarFunction("known", new FunctionParameter("x", ParameterKind.Value))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "true when x has a value, false when it is missing",
        "never missing",
        new("known(survey.date)", Evidence(("survey.date", "date", "null")), "no"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => DataType.Boolean;

    public override MethodInfo RuntimeFor(Type argument) =>
        argument == typeof(double) ? Method<Known>(nameof(Run), typeof(double)) : Method<Known>(nameof(Run), typeof(object));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double x) => RuntimeValues.Truth(!RuntimeValues.IsMissing(x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(object? x) => RuntimeValues.Truth(x is not null);
}
