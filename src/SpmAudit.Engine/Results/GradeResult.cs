using System.Collections.Immutable;

namespace SpmAudit.Engine.Results;

/// <summary>
/// The awarded grade: the band the score falls in, lowered by caps (<see cref="ComputedGrade"/>), then
/// moved by a recorded override if any (<see cref="Grade"/>). All three stay in the result.
/// </summary>
public sealed record GradeResult(string Grade, string BandGrade, ImmutableArray<AppliedCap> Caps)
{
    public string ComputedGrade { get; init; } = Grade;

    public AppliedOverride? Override { get; init; }
}

/// <summary>An override as applied: the grade it gave and the reason recorded for it.</summary>
public sealed record AppliedOverride(string Grade, int? Notches, string Reason, string? By);

/// <summary>A cap that limited the grade, with the critical indicators that triggered it.</summary>
public sealed record AppliedCap(string Grade, string Trigger, ImmutableArray<string> IndicatorIds);
