using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>How one indicator is scored: applicability, intermediate values and the met/partial conditions.</summary>
public sealed record IndicatorRule(
    string? Guidance,
    bool Critical,
    BoundExpression? Applies,
    ImmutableArray<BoundLet> Lets,
    BoundExpression Met,
    BoundExpression? Partial,
    ImmutableArray<EvidenceItem> Reads)
{
    /// <summary>
    /// For ordinal rules ('3 when …  2 when …  1 when …'): the levels below the top, best first, each with
    /// its points (level ÷ top level). Empty for met/partial rules, whose partial points come from the scale.
    /// </summary>
    public ImmutableArray<ScoreLevel> LowerLevels { get; init; } = [];

    /// <summary>The top level of an ordinal rule (null for met/partial rules).</summary>
    public double? TopLevel { get; init; }

    public bool IsOrdinal => TopLevel is not null;

    /// <summary>When the indicator must have evidence for a grade to be given (its own 'required' or its nearest ancestor's).</summary>
    public Requirement? Required { get; init; }

    /// <summary>The conditions tried after 'met' fails, in order: the lower levels, or the partial rule.</summary>
    public ImmutableArray<BoundExpression> FallbackConditions =>
        IsOrdinal ? [.. LowerLevels.Select(l => l.Condition)] : Partial is null ? [] : [Partial];
}

/// <summary>One level of an ordinal rule and the share of the indicator's points it earns.</summary>
public sealed record ScoreLevel(double Level, double Points, BoundExpression Condition);

public sealed record BoundLet(string Name, int Index, BoundExpression Value);
