using System.Collections.Immutable;

namespace SpmAudit.Reporting.Batch;

/// <summary>The lines of a batch result file (JSON Lines of 'audit --evidence-dir'), read back: the institutions audited and how many packs failed.</summary>
public sealed record BatchResults(string Path, ImmutableArray<BatchLine> Lines, int Failed);

/// <summary>
/// One institution of a batch result. Fields added to batch lines after their first version
/// (ruleset, country, assessment, period, date, gaps) are null or empty when an older file lacks them.
/// </summary>
public sealed record BatchLine(
    int Line,
    string Institution,
    string Name,
    string? EvidenceSha256,
    double? Score,
    string? Grade,
    ImmutableArray<KeyValuePair<string, double?>> Scores,
    ImmutableArray<KeyValuePair<string, string>> Outcomes)
{
    public string? RulesetId { get; init; }

    public string? RulesetVersion { get; init; }

    public string? Country { get; init; }

    public string? Assessment { get; init; }

    public string? Period { get; init; }

    public string? Date { get; init; }

    public ImmutableArray<BatchGap> Gaps { get; init; } = [];

    public double? ScoreOf(string nodeId) => Scores.FirstOrDefault(s => s.Key == nodeId).Value;
}

/// <summary>An indicator not fully met in one institution's result.</summary>
public sealed record BatchGap(string Id, string Status, bool Critical);
