using System.Collections.Immutable;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>
/// Everything one audit produced: overall score, status, grade and coverage, the scored tree and
/// each indicator. When nothing applies (or, under 'missing = exclude', nothing has evidence) the
/// result has no score and no grade, and its status says why.
/// </summary>
public sealed record AuditResult(
    Ruleset Ruleset,
    EvidencePack Pack,
    double? Score,
    double? Coverage,
    IndicatorStatus Status,
    GradeResult? Grade,
    ImmutableArray<NodeResult> Nodes,
    ImmutableArray<IndicatorResult> Indicators,
    ImmutableArray<Diagnostic> Warnings)
{
    public ImmutableArray<CertificationResult> Certifications { get; init; } = [];

    /// <summary>Gaps, path to the next grade and missing evidence; null when the audit ran without explanations (batch).</summary>
    public GapReport? Gaps { get; init; }

    /// <summary>The ruleset's completeness rules applied to this pack; null when the ruleset has none.</summary>
    public CompletenessResult? Completeness { get; init; }

    /// <summary>Some applicable indicator lacks evidence, so the score may still change.</summary>
    public bool IsProvisional => Coverage < 1;
}
