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
    ImmutableArray<string> Shortfalls);
