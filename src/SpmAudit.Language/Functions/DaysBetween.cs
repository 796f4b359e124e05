using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>days_between(from, to)</c>: calendar days from one date to another.</summary>
public sealed class DaysBetween() : ScalarFunction("days_between", new("from", ParameterKind.Date), new("to", ParameterKind.Date))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "days from the first date to the second (negative when the second is earlier)",
        "missing when either date is missing",
        new("days_between(policy.approved, policy.reviewed)", Evidence(("policy.approved", "date", "2025-01-15"), ("policy.reviewed", "date", "2025-03-01")), "45"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => DataType.Integer;

    public override MethodInfo RuntimeFor(Type argument) => Method<DaysBetween>(nameof(Run), typeof(double), typeof(double));

    /// <summary>Dates run as day numbers, so the difference is the number of days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double from, double to) => to - from;
}
