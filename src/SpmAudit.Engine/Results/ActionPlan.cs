using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>What to do, indicator by indicator: the gaps of an audit as the rows of an action plan, critical indicators first.</summary>
public sealed record ActionPlan(ImmutableArray<ActionItem> Items, string? Function);

/// <summary>
/// One row of an action plan: an indicator not met, what would make it met (its guidance and its
/// rule), how much the overall score would rise, the functions that answer for its evidence, and
/// the evidence still to collect. Owner and target date are left for the institution to fill in.
/// </summary>
public sealed record ActionItem(
    RuleNode Indicator,
    IndicatorStatus Status,
    bool Critical,
    double Gain,
    string ToMeet,
    ImmutableArray<string> Functions,
    ImmutableArray<string> MissingEvidence)
{
    /// <summary>The institution's own note on the indicator, if it wrote one.</summary>
    public string? Note { get; init; }
}
