using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>A node of the ruleset hierarchy. Indicators carry a <see cref="Rule"/>; other nodes group children.</summary>
public sealed record RuleNode(
    string Id,
    string Level,
    int Depth,
    string Title,
    double Weight,
    ImmutableArray<RuleNode> Children,
    IndicatorRule? Rule,
    SourceSpan Span)
{
    public bool IsIndicator => Rule is not null;

    /// <summary>Position among all indicators in document order; only meaningful for indicators.</summary>
    public int IndicatorOrdinal { get; init; } = -1;
}
