using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>==: equality of values that compare (numbers, dates, booleans, text, choices of one list).</summary>
public sealed class Equal() : BinaryOperatorDefinition(BinaryOperator.Equal, "==", ComparisonPrecedence)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "equal; text compares exactly, a bare name beside a 'one of' value is one of its choices",
        "missing when either side is missing",
        new("mission.clients_named == specific", Evidence(("mission.clients_named", "one of (specific, general, none)", "general")), "no"));

    public override OperatorTyping Type(DataType left, DataType right) =>
        left.IsComparableWith(right) ? OperatorTyping.Of(DataType.Boolean) : OperatorTyping.Mismatch;

    public override MethodInfo RuntimeFor(Type operand) => Method<Equal>(nameof(Run), operand == typeof(string) ? typeof(string) : typeof(double));

    /// <summary>Numbers only: see <see cref="BinaryOperatorDefinition.NumericRelation"/>; text has no branch form.</summary>
    public override MethodInfo NumericRelation => Method<Equal>(nameof(Holds), typeof(double));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(double a, double b) => a == b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) =>
        RuntimeValues.BothKnown(a, b) ? RuntimeValues.Truth(Holds(a, b)) : RuntimeValues.Missing;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(string? a, string? b) =>
        a is null || b is null ? RuntimeValues.Missing : RuntimeValues.Truth(string.Equals(a, b, StringComparison.Ordinal));
}
