using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// Data quality as diagnostics, each at its file, row and column: values of the wrong type, outside
/// the declared range or choices, duplicate keys, references to rows that do not exist, rows that
/// break a check, and columns emptier than the ruleset tolerates.
/// </summary>
internal sealed partial class DuckDbTables
{
    private bool CheckType(TableColumn column, string raw, Func<long, string, SourceSpan> cell)
    {
        if (column.Type.Kind is TypeKind.Text or TypeKind.Choice)
        {
            return true;
        }

        var name = Identifier(column.Name);
        // A cast to BIGINT rounds '4.5'; a whole number written as text is also checked by its digits,
        // and one stored as a Parquet number by its value (1.0 is whole, 1.5 is not).
        var wrong = column.Type.Kind == TypeKind.Integer
            ? $"(TRY_CAST({name} AS BIGINT) IS NULL OR NOT (regexp_full_match(CAST({name} AS VARCHAR), {WholeNumber}) OR (typeof({name}) <> 'VARCHAR' AND TRY_CAST({name} AS DOUBLE) = TRY_CAST({name} AS BIGINT))))"
            : $"TRY_CAST({name} AS {SqlType(column.Type)}) IS NULL";
        var bad = Query($"SELECT rowid, CAST({name} AS VARCHAR), count(*) OVER () FROM {raw} WHERE {name} IS NOT NULL AND {wrong} ORDER BY rowid LIMIT {RowsShown}");
        var expected = column.Type.Kind switch
        {
            TypeKind.Integer => "a whole number",
            TypeKind.Date => "a date (YYYY-MM-DD)",
            TypeKind.Boolean => "true or false",
            TypeKind.Percentage => "a share written as a fraction (0.25)",
            _ => "a number",
        };
        foreach (var row in bad)
        {
            _diagnostics.Add(DiagnosticCatalog.DataWrongType(cell(Convert.ToInt64(row[0], CultureInfo.InvariantCulture), column.Name), (string)row[1]!, expected, More(Convert.ToInt64(row[2], CultureInfo.InvariantCulture), bad.Count)));
        }

        return bad.Count == 0;
    }

    /// <summary>
    /// One pass over the table counts every problem of every column and every check; only a problem
    /// that occurs is then looked up row by row, so a clean table costs one scan, not one per rule.
    /// </summary>
    private void CheckValues(DataTable table, Func<long, string, SourceSpan> cell, long rows)
    {
        var name = Identifier(table.Name);
        var problems = table.Columns.SelectMany(column => ColumnProblems(column, cell)).ToList();
        var bound = new Parameters();
        var counts = problems.Select(p => $"count(*) FILTER (WHERE {p.Condition(bound)})")
            .Concat(table.Columns.Select(c => $"count(*) - count({Identifier(c.Name)})"))
            .Concat(table.Checks.Select(c => $"count(*) FILTER (WHERE NOT ({MetricSqlCompiler.Condition(c.Condition, SqlDialect.DuckDb, bound.Values)}))"));
        var found = Query($"SELECT {string.Join(", ", counts)} FROM {name}", [.. bound.Values])[0]
            .Select(c => Convert.ToInt64(c, CultureInfo.InvariantCulture)).ToArray();
        var checks = problems.Count + table.Columns.Length;
        foreach (var (problem, count) in problems.Zip(found))
        {
            if (count > 0)
            {
                var detail = new Parameters();
                Report(Query($"SELECT {RowColumn}, {problem.Shown}, count(*) OVER () FROM {name} WHERE {problem.Condition(detail)} ORDER BY {RowColumn} LIMIT {RowsShown}", [.. detail.Values]), problem.Diagnostic);
            }
        }

        foreach (var (column, empty) in table.Columns.Zip(found.Skip(problems.Count)))
        {
            if (column.References is { } target && _loaded.ContainsKey(target))
            {
                CheckReference(table, column, target, cell);
            }

            CheckMissingShare(table, column, cell, rows, empty);
        }

        CheckKey(table, cell);
        foreach (var (check, failing) in table.Checks.Zip(found.Skip(checks)))
        {
            if (failing == 0)
            {
                continue;
            }

            var query = MetricSqlCompiler.FailingRows(table, check, SqlDialect.DuckDb, RowColumn, RowsShown);
            var first = FirstColumn(check.Condition) ?? table.Columns[0].Name;
            Report(Query(query.Text, [.. query.Parameters]).Select(r => new object?[] { r[0], null, r[1] }).ToList(),
                (row, more) => DiagnosticCatalog.DataCheckFailed(cell(row.Row, first), check.Message, more));
        }
    }

    /// <summary>A value rule of one column: the rows that break it, the cell text to show, the diagnostic.</summary>
    private sealed record ValueProblem(Func<Parameters, string> Condition, string Shown, Func<(long Row, string Value), string, Diagnostic> Diagnostic);

    /// <summary>Query parameters numbered as they are bound, so several conditions can share one query.</summary>
    private sealed class Parameters
    {
        public List<object?> Values { get; } = [];

        public string Bind(object? value)
        {
            Values.Add(value);
            return "$" + Values.Count.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static IEnumerable<ValueProblem> ColumnProblems(TableColumn column, Func<long, string, SourceSpan> cell)
    {
        var col = Identifier(column.Name);
        if (column.Type.Kind == TypeKind.Choice)
        {
            yield return new ValueProblem(p => $"{col} IS NOT NULL AND {col} NOT IN ({string.Join(", ", column.Type.Choices.Select(c => p.Bind(c)))})", col,
                (row, more) => DiagnosticCatalog.DataImpossibleValue(cell(row.Row, column.Name), $"'{row.Value}'", $"'{column.Name}' is one of {string.Join(", ", column.Type.Choices)}", more));
        }

        if (column.Min is not null || column.Max is not null)
        {
            var range = (column.Min, column.Max) switch
            {
                ({ } low, { } high) => $"'{column.Name}' lies between {Show(low)} and {Show(high)}",
                ({ } low, null) => $"'{column.Name}' is at least {Show(low)}",
                _ => $"'{column.Name}' is at most {Show(column.Max)}",
            };
            yield return new ValueProblem(
                p => string.Join(" OR ", new[] { column.Min is { } min ? $"{col} < {p.Bind(min)}" : null, column.Max is { } max ? $"{col} > {p.Bind(max)}" : null }.OfType<string>()),
                $"CAST({col} AS VARCHAR)",
                (row, more) => DiagnosticCatalog.DataImpossibleValue(cell(row.Row, column.Name), row.Value, range, more));
        }
    }

    private void CheckReference(DataTable table, TableColumn column, string target, Func<long, string, SourceSpan> cell)
    {
        var targetTable = Identifier(target);
        var key = Query($"SELECT column_name FROM (DESCRIBE {targetTable})").Select(r => (string)r[0]!).Skip(1).First();
        var col = Identifier(column.Name);
        var join = $"FROM {Identifier(table.Name)} t ANTI JOIN {targetTable} u ON t.{col} = u.{Identifier(key)} WHERE t.{col} IS NOT NULL";
        if (Convert.ToInt64(Query($"SELECT count(*) {join}")[0][0], CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        Report(Query($"SELECT t.{RowColumn}, CAST(t.{col} AS VARCHAR), count(*) OVER () {join} ORDER BY t.{RowColumn} LIMIT {RowsShown}"),
            (row, more) => DiagnosticCatalog.DataBrokenReference(cell(row.Row, column.Name), row.Value, target, more));
    }

    private void CheckKey(DataTable table, Func<long, string, SourceSpan> cell)
    {
        if (table.Key.IsEmpty)
        {
            return;
        }

        var key = string.Join(", ", table.Key.Select(Identifier));
        // Grouping finds whether any key repeats far faster than the window below, which names the rows.
        if (Convert.ToInt64(Query($"SELECT count(*) FROM (SELECT 1 FROM {Identifier(table.Name)} GROUP BY {key} HAVING count(*) > 1)")[0][0], CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        var shown = string.Join(" || ', ' || ", table.Key.Select(k => $"coalesce(CAST({Identifier(k)} AS VARCHAR), '')"));
        var sql = $"SELECT {RowColumn}, {shown}, first_row, count(*) OVER () FROM (SELECT {RowColumn}, {key}, min({RowColumn}) OVER (PARTITION BY {key}) AS first_row FROM {Identifier(table.Name)}) WHERE {RowColumn} <> first_row ORDER BY {RowColumn} LIMIT {RowsShown}";
        var rows = Query(sql);
        foreach (var row in rows)
        {
            var at = Convert.ToInt64(row[0], CultureInfo.InvariantCulture);
            _diagnostics.Add(DiagnosticCatalog.DataDuplicateKey(cell(at, table.Key[0]), table.Name, $"'{row[1]}'", (Convert.ToInt64(row[2], CultureInfo.InvariantCulture) + 2).ToString(CultureInfo.InvariantCulture), More(Convert.ToInt64(row[3], CultureInfo.InvariantCulture), rows.Count)));
        }
    }

    /// <summary>The column's own threshold, else its table's; a key column may never be empty.</summary>
    private void CheckMissingShare(DataTable table, TableColumn column, Func<long, string, SourceSpan> cell, long rows, long empty)
    {
        var threshold = column.Missing ?? table.Missing;
        if (table.Key.Contains(column.Name))
        {
            threshold = new MissingThreshold(0, Severity.Error);
        }

        if (threshold is null || rows == 0)
        {
            return;
        }

        var share = (double)empty / rows;
        if (share > threshold.Share)
        {
            var at = cell(-1, column.Name);
            _diagnostics.Add(threshold.Severity == Severity.Error
                ? DiagnosticCatalog.DataTooManyMissing(at, column.Name, Percent(share), Percent(threshold.Share))
                : DiagnosticCatalog.DataManyMissing(at, column.Name, Percent(share), Percent(threshold.Share)));
        }
    }

    private void Report(List<object?[]> rows, Func<(long Row, string Value), string, Diagnostic> diagnostic)
    {
        foreach (var row in rows)
        {
            _diagnostics.Add(diagnostic((Convert.ToInt64(row[0], CultureInfo.InvariantCulture), row[1]?.ToString() ?? ""), More(Convert.ToInt64(row[2], CultureInfo.InvariantCulture), rows.Count)));
        }
    }

    private static string? FirstColumn(TableExpression expression) => expression switch
    {
        TableColumnRef c => c.Column.Name,
        TableBinary b => FirstColumn(b.Left) ?? FirstColumn(b.Right),
        TableUnary u => FirstColumn(u.Operand),
        TableCall c => c.Arguments.Select(FirstColumn).FirstOrDefault(n => n is not null),
        TableIn i => FirstColumn(i.Value),
        TableConditional c => FirstColumn(c.Condition),
        _ => null,
    };

    private static string Show(double? bound) => bound?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
