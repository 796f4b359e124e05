using System.Collections.Immutable;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>Everything one audit produced: overall score, grade and coverage, the scored tree and each indicator.</summary>
public sealed record AuditResult(
    Ruleset Ruleset,
    EvidencePack Pack,
    double Score,
    double Coverage,
    GradeResult Grade,
    ImmutableArray<NodeResult> Nodes,
    ImmutableArray<IndicatorResult> Indicators,
    ImmutableArray<Diagnostic> Warnings)
{
    public ImmutableArray<Outcomes.CertificationResult> Certifications { get; init; } = [];

    /// <summary>Gaps, path to the next grade and missing evidence; null when the audit ran without explanations (batch).</summary>
    public Analysis.GapReport? Gaps { get; init; }
}
