using System.Collections.Immutable;

namespace SpmAudit.Engine.Results;

/// <summary>
/// Whether a pack is complete enough for a grade under the ruleset's completeness rules: its
/// coverage against the minimum, and the required items and indicators that lack evidence for
/// this type of assessment. <see cref="Reason"/> is set exactly when no grade is given.
/// </summary>
public sealed record CompletenessResult(
    double? MinimumCoverage,
    double? Coverage,
    ImmutableArray<string> MissingItems,
    ImmutableArray<string> MissingIndicators,
    string? Reason)
{
    public bool GradeWithheld => Reason is not null;
}
