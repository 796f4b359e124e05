using System.Collections.Immutable;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;

namespace SpmAudit.Engine.Comparison;

/// <summary>
/// One evidence pack audited under an old and a new edition of a ruleset: both outcomes (a pack may
/// fail under one edition and not the other) and the indicators that moved its score, the biggest
/// part of the difference first.
/// </summary>
public sealed record PackRescore(string DisplayPath, AuditOutcome Before, AuditOutcome After, ImmutableArray<IndicatorShift> Shifts)
{
    public string Institution => (Before.Result ?? After.Result)?.Pack.Institution.Name ?? DisplayPath;

    public double? ScoreChange => Before.Result?.Score is { } before && After.Result?.Score is { } after ? after - before : null;

    /// <summary>
    /// The part of the score change that no changed indicator explains: indicators whose result stayed
    /// the same but whose share of the score moved (weights, indicators added or removed beside them),
    /// and, outside the weighted mean, the scoring model itself. Null when either side has no score.
    /// </summary>
    public double? Reweighting => ScoreChange is { } change ? change - Shifts.Sum(s => s.Change) : null;

    public static string? GradeOf(AuditResult? result) => result?.Grade?.Grade;
}
