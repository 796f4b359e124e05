using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>Runs a metric's SQL: one figure, or one record per group with the group's columns and 'value'.</summary>
internal sealed partial class DuckDbTables
{
    public (object? Value, SqlQuery Query) Run(Metric metric, DateOnly? start, DateOnly? end)
    {
        CheckScorecards(metric, metric.Value);
        var query = MetricSqlCompiler.Compile(metric, SqlDialect.DuckDb, start, end);
        var rows = Query(query.Text, [.. query.Parameters]);
        if (metric.GroupBy.IsEmpty)
        {
            return (rows.Count == 0 || rows[0][0] is null ? null : Number(rows[0][0]!), query);
        }

        IReadOnlyList<object?[]> records = [.. rows.Select(row => row.Select((cell, i) => Field(cell, i < metric.GroupBy.Length ? metric.GroupBy[i].Column.Type : metric.ValueType)).ToArray())];
        return (records, query);
    }

    /// <summary>Cells as the evidence model holds them: numbers as double, dates as DateOnly, text as string.</summary>
    private static object? Field(object? cell, DataType type) => cell switch
    {
        null => null,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateOnly date => date,
        bool b => b,
        string s => s,
        _ when type.IsNumeric => Number(cell),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
    };

    private static double Number(object cell) => cell switch
    {
        System.Numerics.BigInteger big => (double)big,
        _ => Convert.ToDouble(cell, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// For each likelihood the metric reads: answers not on the card are errors at their cell, and rows
    /// with an unanswered question are counted in a warning, because they stay out of the mean.
    /// </summary>
    private void CheckScorecards(Metric metric, TableExpression expression)
    {
        foreach (var likelihood in Likelihoods(expression))
        {
            foreach (var (question, column) in likelihood.Card.Questions.Zip(likelihood.Answers))
            {
                var answers = question.Answers.Select(a => (object?)a.Answer).ToArray();
                var list = string.Join(", ", answers.Select((_, i) => "$" + (i + 1).ToString(CultureInfo.InvariantCulture)));
                var col = Identifier(column.Column.Name);
                var bad = Query($"SELECT {RowColumn}, CAST({col} AS VARCHAR), count(*) OVER () FROM {Identifier(column.Table.Name)} WHERE {col} IS NOT NULL AND CAST({col} AS VARCHAR) NOT IN ({list}) ORDER BY {RowColumn} LIMIT {RowsShown}", answers);
                var shown = string.Join(", ", question.Answers.Select(a => $"\"{a.Answer}\""));
                foreach (var row in bad)
                {
                    _diagnostics.Add(DiagnosticCatalog.ScorecardUnknownAnswer(Cell(column.Table.Name, Convert.ToInt64(row[0], CultureInfo.InvariantCulture), column.Column.Name), (string)row[1]!, likelihood.Card.Name, shown, More(Convert.ToInt64(row[2], CultureInfo.InvariantCulture), bad.Count)));
                }
            }

            var table = likelihood.Answers[0].Table.Name;
            var anyEmpty = string.Join(" OR ", likelihood.Answers.Select(a => $"{Identifier(a.Column.Name)} IS NULL"));
            var counts = Query($"SELECT count(*) FILTER (WHERE {anyEmpty}), count(*) FROM {Identifier(table)}")[0];
            var unanswered = Convert.ToInt64(counts[0], CultureInfo.InvariantCulture);
            if (unanswered > 0)
            {
                var first = Convert.ToInt64(Query($"SELECT min({RowColumn}) FROM {Identifier(table)} WHERE {anyEmpty}")[0][0], CultureInfo.InvariantCulture);
                _diagnostics.Add(DiagnosticCatalog.ScorecardUnanswered(Cell(table, first, likelihood.Answers[0].Column.Name), metric.Key, unanswered.ToString("N0", CultureInfo.InvariantCulture), Convert.ToInt64(counts[1], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture), likelihood.Card.Name));
            }
        }
    }

    private static IEnumerable<TableLikelihood> Likelihoods(TableExpression expression) => expression switch
    {
        TableLikelihood l => [l],
        TableAggregate a => (a.Argument is null ? [] : Likelihoods(a.Argument)).Concat(a.Condition is null ? [] : Likelihoods(a.Condition)),
        TableBinary b => Likelihoods(b.Left).Concat(Likelihoods(b.Right)),
        TableUnary u => Likelihoods(u.Operand),
        TableCall c => c.Arguments.SelectMany(Likelihoods),
        TableConditional c => Likelihoods(c.Condition).Concat(Likelihoods(c.Then)).Concat(Likelihoods(c.Else)),
        _ => [],
    };
}
