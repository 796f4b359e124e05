using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Evidence;

/// <summary>
/// An assessor's or rating committee's decision to move the grade: a set grade or a number of
/// notches (+1 one band better, -1 one band worse), always with a reason. Recorded per ruleset id.
/// </summary>
public sealed record GradeOverride(string? Grade, int? Notches, string Reason, string? By, SourceSpan Span);
