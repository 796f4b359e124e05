using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>A certification decision declared by a ruleset: pass rule, tiers best first, validity in years.</summary>
public sealed record Certification(string Id, string Title, int? ValidYears, OutcomeCondition? Pass, ImmutableArray<CertificationTier> Tiers)
{
    /// <summary>The assessment types a decision may be made on (external-audit…); empty when any will do.</summary>
    public ImmutableArray<string> RequiredAssessments { get; init; } = [];
}

public sealed record CertificationTier(string Name, OutcomeCondition Condition);
