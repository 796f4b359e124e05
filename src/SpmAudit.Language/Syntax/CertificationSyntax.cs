using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>A certification decision: a pass rule, tiers best first, and how long a decision stays valid.</summary>
public sealed record CertificationSyntax(
    SourceSpan Span,
    string Id,
    string Title,
    int? ValidYears,
    OutcomeSyntax? Pass,
    ImmutableArray<TierSyntax> Tiers)
{
    /// <summary>'requires external-audit': the assessment types a decision may be made on; null when any will do.</summary>
    public RequiredSyntax? Requires { get; init; }
}

public sealed record TierSyntax(SourceSpan Span, string Name, OutcomeSyntax Condition);

/// <summary>'scoring { default = weighted_mean  standard = minimum  missing = exclude }'.</summary>
public sealed record ScoringEntrySyntax(SourceSpan Span, string Key, string Value);
