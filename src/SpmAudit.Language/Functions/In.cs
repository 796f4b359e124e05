using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>
/// <c>x in [a, b, …]</c> is <c>x == a or x == b or …</c>, built from <see cref="Equal"/> and
/// <see cref="Or"/>, so an empty list gives false whatever x is; <c>not in</c> negates it.
/// </summary>
public sealed class In() : OperatorDefinition("in", InPrecedence)
{
    public override string Form => "x in [a, b]";

    public override FunctionDocumentation Documentation { get; } = new(
        "x equals one of the items (x not in [a, b] is the opposite); an empty list is false",
        "true when x equals an item; otherwise missing when x or an item is missing",
        new("mission.clients_named in [specific, general]", Evidence(("mission.clients_named", "one of (specific, general, none)", "general")), "yes"));

    /// <summary>The disjunction's start: nothing found yet.</summary>
    public const double Start = RuntimeValues.False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Step(double found, double equal) => Or.Run(found, equal);
}
