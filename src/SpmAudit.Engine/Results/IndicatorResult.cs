using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>
/// The outcome of one indicator: its status, the points earned on the ruleset's scale (0 to 1;
/// null when not applicable), the evidence it read and a sentence saying why.
/// </summary>
public sealed record IndicatorResult(RuleNode Node, IndicatorStatus Status, double? Points, ImmutableArray<EvidenceUse> Evidence, string Reason)
{
    public IndicatorRule Rule => Node.Rule!;

    /// <summary>Every evaluated clause of the rule with its sub-expressions' values; null when the audit ran without explanations.</summary>
    public IndicatorTrace? Trace { get; init; }

    /// <summary>The institution's free note on this indicator, if it wrote one.</summary>
    public string? Note { get; init; }
}
