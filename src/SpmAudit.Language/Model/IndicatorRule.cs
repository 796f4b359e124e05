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
    ImmutableArray<EvidenceItem> Reads);

public sealed record BoundLet(string Name, int Index, BoundExpression Value);
