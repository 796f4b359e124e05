using System.Collections.Immutable;

namespace SpmAudit.Reporting.Peers;

/// <summary>An institution's result against the other institutions of a batch result audited with the same ruleset.</summary>
/// <param name="Source">The batch result file, as the user named it.</param>
/// <param name="Peers">How many other institutions have a score.</param>
/// <param name="Overall">The overall score against the peers' overall scores.</param>
/// <param name="Nodes">Each top-level node's score against the peers' scores of that node.</param>
public sealed record PeerComparison(string Source, int Peers, PeerMeasure Overall, ImmutableArray<PeerMeasure> Nodes);

/// <summary>One score against the peers' scores of the same measure; <see cref="Rank"/> is 1 for the best of all (the institution included, ties share the better rank).</summary>
public sealed record PeerMeasure(string Id, double? Score, PeerStatistics? Peers, int? Rank, int Of);

/// <summary>The distribution of the peers' scores: quartiles by linear interpolation between order statistics (as a spreadsheet's QUARTILE.INC).</summary>
public sealed record PeerStatistics(int Count, double Min, double Q1, double Median, double Q3, double Max)
{
    public static PeerStatistics? Of(IEnumerable<double> scores)
    {
        var sorted = scores.Order().ToArray();
        return sorted.Length == 0
            ? null
            : new PeerStatistics(sorted.Length, sorted[0], Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), sorted[^1]);
    }

    /// <summary>The p-quantile of sorted values: position (n - 1) × p, interpolated between its neighbours.</summary>
    public static double Quantile(double[] sorted, double p)
    {
        var position = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
