using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// The data checks of a metric over pairs of rows of two rounds: a key with two rows in one round is
/// an error at the second row (which row is "the" round-1 answer would be a guess); keys found in
/// only one round are counted in a warning at the first such row, as they stay out of the pairs.
/// </summary>
internal sealed partial class DuckDbTables
{
    /// <summary>
    /// Per pairing (table, key, round column and rounds): whether every key has at most one row per
    /// round, and the counts of unpaired earlier rows, unpaired later rows, pairs and the first unpaired
    /// row. Several metrics read the same pairs; the table is scanned for them once.
    /// </summary>
    private readonly Dictionary<string, (bool Unique, long[] Counts)> _pairs = new(StringComparer.Ordinal);

    /// <summary>False when a key has two rows in one of the rounds: the metric's pairs are not defined.</summary>
    private bool CheckPairs(Metric metric, MetricPairing pairing)
    {
        var keys = string.Join(", ", pairing.Key.Select(k => Identifier(k.Column.Name)));
        var (earlier, later) = (RoundValue(pairing.Earlier), RoundValue(pairing.Later));
        var checkedAs = string.Join(" ", [metric.From.Name, keys, pairing.Round.Column.Name, MetricSqlCompiler.Show(earlier), MetricSqlCompiler.Show(later)]);
        if (!_pairs.TryGetValue(checkedAs, out var pairs))
        {
            _pairs[checkedAs] = pairs = CountPairs(metric, pairing, earlier, later);
        }

        if (!pairs.Unique)
        {
            return false;
        }

        var (earlierOnly, laterOnly, paired) = (pairs.Counts[0], pairs.Counts[1], pairs.Counts[2]);
        if (earlierOnly + laterOnly > 0)
        {
            _diagnostics.Add(DiagnosticCatalog.PairUnmatched(
                Cell(metric.From.Name, pairs.Counts[3], pairing.Key[0].Column.Name), metric.Key, Count(earlierOnly), MetricSqlCompiler.Show(earlier),
                Count(laterOnly), MetricSqlCompiler.Show(later), Count(paired)));
        }

        return true;
    }

    /// <summary>
    /// One pass counts the rows of each key in each round, so duplicates and unpaired rows come from the
    /// same scan; the duplicate rows are looked up one by one only when there are any (reported once).
    /// </summary>
    private (bool Unique, long[] Counts) CountPairs(Metric metric, MetricPairing pairing, object? earlier, object? later)
    {
        var table = Identifier(metric.From.Name);
        var key = pairing.Key[0].Column.Name;
        var keys = string.Join(", ", pairing.Key.Select(k => Identifier(k.Column.Name)));
        var round = Identifier(pairing.Round.Column.Name);
        // A key of the other round is looked up by equality, so a row with an empty key has no partner.
        var present = string.Join(" AND ", pairing.Key.Select(k => $"{Identifier(k.Column.Name)} IS NOT NULL"));
        var join = string.Join(" AND ", pairing.Key.Select(k => $"r.{Identifier(k.Column.Name)} = k.{Identifier(k.Column.Name)}"));
        var counts = Query(
            $"WITH r AS (SELECT {RowColumn}, {keys}, {round} = $1 AS is_earlier FROM {table} WHERE {round} IN ($1, $2)), "
            + $"k AS (SELECT {keys}, count(*) FILTER (WHERE is_earlier) AS e, count(*) FILTER (WHERE NOT is_earlier) AS l FROM r WHERE {present} GROUP BY {keys}), "
            + $"p AS (SELECT r.{RowColumn} AS row_at, r.is_earlier, coalesce(k.e > 0 AND k.l > 0, false) AS paired FROM r LEFT JOIN k ON {join}) "
            + $"SELECT count(*) FILTER (WHERE is_earlier AND NOT paired), count(*) FILTER (WHERE NOT is_earlier AND NOT paired), count(*) FILTER (WHERE is_earlier AND paired), coalesce(min(row_at) FILTER (WHERE NOT paired), 0), "
            + $"(SELECT count(*) FROM k WHERE e > 1 OR l > 1) FROM p",
            earlier, later)[0].Select(Long).ToArray();
        if (counts[4] == 0)
        {
            return (true, counts);
        }

        var shown = string.Join(" || ', ' || ", pairing.Key.Select(k => $"coalesce(CAST({Identifier(k.Column.Name)} AS VARCHAR), '')"));
        var duplicates = Query(
            $"SELECT {RowColumn}, {shown}, CAST({round} AS VARCHAR), first_row, count(*) OVER () FROM (SELECT {RowColumn}, {keys}, {round}, min({RowColumn}) OVER (PARTITION BY {keys}, {round}) AS first_row FROM {table} WHERE {round} IN ($1, $2)) WHERE {RowColumn} <> first_row ORDER BY {RowColumn} LIMIT {RowsShown}",
            earlier, later);
        foreach (var row in duplicates)
        {
            _diagnostics.Add(DiagnosticCatalog.PairDuplicateRow(
                Cell(metric.From.Name, Long(row[0]), key), metric.From.Name, $"Key '{row[1]}'", (string)row[2]!,
                (Long(row[3]) + 2).ToString(CultureInfo.InvariantCulture), metric.Key, More(Long(row[4]), duplicates.Count)));
        }

        return (false, counts);
    }

    /// <summary>A round as a query parameter: whole numbers as BIGINT, as the compiled metric binds them.</summary>
    private static object? RoundValue(TableConstant round) =>
        round is { Value: double d, Type.Kind: TypeKind.Integer } ? (long)d : round.Value;

    private static long Long(object? cell) => Convert.ToInt64(cell, CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
