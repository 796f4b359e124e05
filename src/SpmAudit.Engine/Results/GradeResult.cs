using System.Collections.Immutable;

namespace SpmAudit.Engine.Results;

/// <summary>The awarded grade, the band the score alone falls in, and the caps that lowered it.</summary>
public sealed record GradeResult(string Grade, string BandGrade, ImmutableArray<AppliedCap> Caps);

/// <summary>A cap that limited the grade, with the critical indicators that triggered it.</summary>
public sealed record AppliedCap(string Grade, string Trigger, ImmutableArray<string> IndicatorIds);
