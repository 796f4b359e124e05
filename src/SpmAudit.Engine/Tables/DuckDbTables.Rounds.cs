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
    /// <summary>Pairings whose duplicate rows were already reported (by table, key, round column and rounds).</summary>
    private readonly HashSet<string> _pairsChecked = new(StringComparer.Ordinal);

    /// <summary>False when a key has two rows in one of the rounds: the metric's pairs are not defined.</summary>
    private bool CheckPairs(Metric metric, MetricPairing pairing)
    {
        var table = Identifier(metric.From.Name);
        var key = pairing.Key[0].Column.Name;
        var keys = string.Join(", ", pairing.Key.Select(k => Identifier(k.Column.Name)));
        var round = Identifier(pairing.Round.Column.Name);
        var (earlier, later) = (RoundValue(pairing.Earlier), RoundValue(pairing.Later));
        var checkedAs = string.Join(" ", [metric.From.Name, keys, round, MetricSqlCompiler.Show(earlier), MetricSqlCompiler.Show(later)]);

        var shown = string.Join(" || ', ' || ", pairing.Key.Select(k => $"coalesce(CAST({Identifier(k.Column.Name)} AS VARCHAR), '')"));
        var duplicates = Query(
            $"SELECT {RowColumn}, {shown}, CAST({round} AS VARCHAR), first_row, count(*) OVER () FROM (SELECT {RowColumn}, {keys}, {round}, min({RowColumn}) OVER (PARTITION BY {keys}, {round}) AS first_row FROM {table} WHERE {round} IN ($1, $2)) WHERE {RowColumn} <> first_row ORDER BY {RowColumn} LIMIT {RowsShown}",
            earlier, later);
        if (duplicates.Count > 0)
        {
            if (_pairsChecked.Add(checkedAs))
            {
                foreach (var row in duplicates)
                {
                    _diagnostics.Add(DiagnosticCatalog.PairDuplicateRow(
                        Cell(metric.From.Name, Long(row[0]), key), metric.From.Name, $"Key '{row[1]}'", (string)row[2]!,
                        (Long(row[3]) + 2).ToString(CultureInfo.InvariantCulture), metric.Key, More(Long(row[4]), duplicates.Count)));
                }
            }

            return false;
        }

        // A key of the other round is looked up by equality, so a row with an empty key has no partner.
        var present = string.Join(" AND ", pairing.Key.Select(k => $"{Identifier(k.Column.Name)} IS NOT NULL"));
        var join = string.Join(" AND ", pairing.Key.Select(k => $"r.{Identifier(k.Column.Name)} = k.{Identifier(k.Column.Name)}"));
        var counts = Query(
            $"WITH r AS (SELECT {RowColumn}, {keys}, {round} = $1 AS is_earlier FROM {table} WHERE {round} IN ($1, $2)), "
            + $"k AS (SELECT {keys}, bool_or(is_earlier) AS e, bool_or(NOT is_earlier) AS l FROM r WHERE {present} GROUP BY {keys}), "
            + $"p AS (SELECT r.{RowColumn} AS row_at, r.is_earlier, coalesce(k.e AND k.l, false) AS paired FROM r LEFT JOIN k ON {join}) "
            + $"SELECT count(*) FILTER (WHERE is_earlier AND NOT paired), count(*) FILTER (WHERE NOT is_earlier AND NOT paired), count(*) FILTER (WHERE is_earlier AND paired), min(row_at) FILTER (WHERE NOT paired) FROM p",
            earlier, later)[0];
        var (earlierOnly, laterOnly, pairs) = (Long(counts[0]), Long(counts[1]), Long(counts[2]));
        if (earlierOnly + laterOnly > 0)
        {
            _diagnostics.Add(DiagnosticCatalog.PairUnmatched(
                Cell(metric.From.Name, Long(counts[3]), key), metric.Key, Count(earlierOnly), MetricSqlCompiler.Show(earlier),
                Count(laterOnly), MetricSqlCompiler.Show(later), Count(pairs)));
        }

        return true;
    }

    /// <summary>A round as a query parameter: whole numbers as BIGINT, as the compiled metric binds them.</summary>
    private static object? RoundValue(TableConstant round) =>
        round is { Value: double d, Type.Kind: TypeKind.Integer } ? (long)d : round.Value;

    private static long Long(object? cell) => Convert.ToInt64(cell, CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
