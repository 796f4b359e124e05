using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>
/// A certification decision: whether it passes, the tier awarded (best first), how long it is valid
/// from the assessment date, and the unmet conditions when it does not pass.
/// </summary>
public sealed record CertificationResult(
    Certification Certification,
    bool Passed,
    string? Tier,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    ImmutableArray<string> Shortfalls)
{
    /// <summary>False when the assessment is not of a type the certification may be decided on (a self-assessment).</summary>
    public bool Certifiable { get; init; } = true;

    /// <summary>On a refusal, the indicators below the failing conditions that are not met, with their reasons.</summary>
    public ImmutableArray<IndicatorResult> FailingIndicators { get; init; } = [];
}
