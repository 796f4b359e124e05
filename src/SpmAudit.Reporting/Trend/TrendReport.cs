using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Reporting.Trend;

/// <summary>
/// Assessments of one institution side by side, oldest first: the overall score, grade and coverage
/// of each, every top-level node's score, and from one assessment to the next the indicators whose
/// status rose or fell and the evidence that was supplied before and is missing now.
/// </summary>
public sealed record TrendReport(ImmutableArray<ResultSummary> Assessments, ImmutableArray<TrendNode> Nodes, ImmutableArray<TrendStep> Steps)
{
    /// <summary>The trend, or null when the results are of different institutions (SPM0006).</summary>
    public static TrendReport? Build(IReadOnlyList<ResultSummary> results, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (results.Count == 0)
        {
            return new TrendReport([], [], []);
        }

        var first = results[0];
        foreach (var other in results.Where(r => r.InstitutionId != first.InstitutionId))
        {
            diagnostics.Add(DiagnosticCatalog.TrendOfSeveralInstitutions(SourceSpan.None(other.Path), other.Path, other.InstitutionId, first.Path, first.InstitutionId));
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Oldest first: by assessment date, then period, then the order given.
        var ordered = results.Select((r, i) => (r, i)).OrderBy(p => p.r.Date ?? p.r.Period ?? "", StringComparer.Ordinal).ThenBy(p => p.i).Select(p => p.r).ToImmutableArray();
        var nodes = ordered.SelectMany(r => r.Nodes).Select(n => (n.Id, n.Title)).DistinctBy(n => n.Id).Select(n => new TrendNode(
            n.Id, n.Title, [.. ordered.Select(r => r.Nodes.FirstOrDefault(x => x.Id == n.Id)?.Score)])).ToImmutableArray();
        var steps = ordered.Zip(ordered.Skip(1), Step).ToImmutableArray();
        return new TrendReport(ordered, nodes, steps);
    }

    private static TrendStep Step(ResultSummary before, ResultSummary after)
    {
        var earlier = before.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var moves = after.Indicators
            .Where(i => earlier.TryGetValue(i.Id, out var was) && Rank(was.Status) is { } rankBefore && Rank(i.Status) is { } rankAfter && rankBefore != rankAfter)
            .Select(i => new StatusMove(i.Id, i.Title, earlier[i.Id].Status, i.Status, Rank(i.Status) > Rank(earlier[i.Id].Status)))
            .ToImmutableArray();
        var newlyMissing = after.Missing.Except(before.Missing, StringComparer.Ordinal).ToImmutableArray();
        return new TrendStep(before.Label, after.Label, after.Score - before.Score, moves, newlyMissing);
    }

    /// <summary>Decided statuses in order of merit; insufficient evidence and not applicable move nowhere.</summary>
    private static int? Rank(string status) => status switch
    {
        "met" => 2,
        "partial" => 1,
        "not_met" => 0,
        _ => null,
    };
}

/// <summary>A top-level node's score in each assessment (null where it had none).</summary>
public sealed record TrendNode(string Id, string Title, ImmutableArray<double?> Scores);

/// <summary>From one assessment to the next: the change in score, the indicators that moved, the evidence newly missing.</summary>
public sealed record TrendStep(string From, string To, double? ScoreChange, ImmutableArray<StatusMove> Moves, ImmutableArray<string> NewlyMissing);

public sealed record StatusMove(string Id, string Title, string Before, string After, bool Up);
