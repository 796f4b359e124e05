using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>Runs a metric's SQL: one figure, or one record per group with the group's columns and 'value'.</summary>
internal sealed partial class DuckDbTables
{
    /// <summary>Per card and answer columns: rows with each answer not on the card, unanswered rows, all rows, the first unanswered.</summary>
    private readonly Dictionary<string, long[]> _answerCounts = new(StringComparer.Ordinal);

    public (object? Value, SqlQuery Query) Run(Metric metric, DateOnly? start, DateOnly? end)
    {
        CheckScorecards(metric, metric.Value);
        var query = MetricSqlCompiler.Compile(metric, SqlDialect.DuckDb, start, end);
        if (metric.Pairing is { } pairing && !CheckPairs(metric, pairing))
        {
            return (null, query);
        }

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
    /// with an unanswered question are counted in a warning, because they stay out of the mean. One
    /// pass counts both; the rows are looked up only for answers that are not on the card. The
    /// answers are checked once per card and table, however many metrics and lines read them.
    /// </summary>
    private void CheckScorecards(Metric metric, TableExpression expression)
    {
        foreach (var likelihood in Likelihoods(expression).Distinct())
        {
            var table = Identifier(likelihood.Answers[0].Table.Name);
            var questions = likelihood.Card.Questions.Zip(likelihood.Answers).ToList();
            var answered = string.Join(" ", likelihood.Answers.Select(a => a.Table.Name + "." + a.Column.Name).Prepend(likelihood.Card.Name));
            if (_answerCounts.TryGetValue(answered, out var counted))
            {
                Unanswered(metric, likelihood, counted[questions.Count..]);
                continue;
            }

            var bound = new Parameters();
            var anyEmpty = string.Join(" OR ", likelihood.Answers.Select(a => $"{Identifier(a.Column.Name)} IS NULL"));
            var counts = questions.Select(q => $"count(*) FILTER (WHERE {NotOnCard(q.First, q.Second, bound)})")
                .Append($"count(*) FILTER (WHERE {anyEmpty})").Append("count(*)").Append($"coalesce(min({RowColumn}) FILTER (WHERE {anyEmpty}), 0)");
            var found = Query($"SELECT {string.Join(", ", counts)} FROM {table}", [.. bound.Values])[0]
                .Select(c => Convert.ToInt64(c, CultureInfo.InvariantCulture)).ToArray();
            _answerCounts[answered] = found;
            foreach (var ((question, column), count) in questions.Zip(found))
            {
                if (count == 0)
                {
                    continue;
                }

                var detail = new Parameters();
                var bad = Query($"SELECT {RowColumn}, CAST({Identifier(column.Column.Name)} AS VARCHAR), count(*) OVER () FROM {table} WHERE {NotOnCard(question, column, detail)} ORDER BY {RowColumn} LIMIT {RowsShown}", [.. detail.Values]);
                var shown = string.Join(", ", question.Answers.Select(a => $"\"{a.Answer}\""));
                foreach (var row in bad)
                {
                    _diagnostics.Add(DiagnosticCatalog.ScorecardUnknownAnswer(Cell(column.Table.Name, Convert.ToInt64(row[0], CultureInfo.InvariantCulture), column.Column.Name), (string)row[1]!, likelihood.Card.Name, shown, More(Convert.ToInt64(row[2], CultureInfo.InvariantCulture), bad.Count)));
                }
            }

            Unanswered(metric, likelihood, found[questions.Count..]);
        }
    }

    /// <summary>The warning of a metric whose rows leave questions unanswered: their count, of how many, and the first.</summary>
    private void Unanswered(Metric metric, TableLikelihood likelihood, long[] counts)
    {
        var (unanswered, rows, first) = (counts[0], counts[1], counts[2]);
        if (unanswered > 0)
        {
            _diagnostics.Add(DiagnosticCatalog.ScorecardUnanswered(Cell(likelihood.Answers[0].Table.Name, first, likelihood.Answers[0].Column.Name), metric.Key, unanswered.ToString("N0", CultureInfo.InvariantCulture), rows.ToString("N0", CultureInfo.InvariantCulture), likelihood.Card.Name));
        }
    }

    private static string NotOnCard(ScorecardQuestion question, TableColumnRef column, Parameters bound)
    {
        var col = Identifier(column.Column.Name);
        return $"{col} IS NOT NULL AND CAST({col} AS VARCHAR) NOT IN ({string.Join(", ", question.Answers.Select(a => bound.Bind(a.Answer)))})";
    }

    private static IEnumerable<TableLikelihood> Likelihoods(TableExpression expression) => expression switch
    {
        TableLikelihood l => [l],
        TableAggregate a => (a.Argument is null ? [] : Likelihoods(a.Argument)).Concat(a.Condition is null ? [] : Likelihoods(a.Condition)),
        TableBinary b => Likelihoods(b.Left).Concat(Likelihoods(b.Right)),
        TableUnary u => Likelihoods(u.Operand),
        TableCall c => c.Arguments.SelectMany(Likelihoods),
        TableConditional c => Likelihoods(c.Condition).Concat(Likelihoods(c.Then)).Concat(Likelihoods(c.Else)),
        TableSide s => Likelihoods(s.Operand),
        _ => [],
    };
}
