using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>
/// A scored node of the hierarchy. Score is 0–100 (null when nothing below applies); coverage is
/// the share of applicable indicators below that had sufficient evidence.
/// </summary>
public sealed record NodeResult(
    RuleNode Node,
    double? Score,
    double? Coverage,
    IndicatorStatus Status,
    ImmutableArray<NodeResult> Children,
    IndicatorResult? Indicator);
