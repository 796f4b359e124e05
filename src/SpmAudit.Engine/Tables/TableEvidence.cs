using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// Computes a ruleset's metrics from the data files a pack names: each file is fingerprinted,
/// loaded and checked, then every metric runs and becomes an evidence entry carrying its SQL and
/// the files it read. A metric whose table the pack does not supply stays missing (insufficient
/// evidence). Nothing here runs, and DuckDB is not loaded, when the ruleset declares no tables.
/// </summary>
public static class TableEvidence
{
    public static IReadOnlyList<ComputedMetric> Compute(Ruleset ruleset, DocumentData data, DiagnosticBag diagnostics)
    {
        var folder = data.Folder ?? Path.GetDirectoryName(Path.GetFullPath(data.Span.Path)) ?? ".";
        var files = new List<(DataTable Table, DataFile File)>();
        foreach (var supplied in data.Tables)
        {
            if (ruleset.Tables.FirstOrDefault(t => t.Name == supplied.Name.Text) is not { } table)
            {
                diagnostics.Add(DiagnosticCatalog.DataUndeclaredTable(supplied.Name.Span, supplied.Name.Text, Suggestions.Closest(supplied.Name.Text, ruleset.Tables.Select(t => t.Name))));
                continue;
            }

            var display = Path.Combine(Path.GetDirectoryName(data.Span.Path) ?? "", supplied.Path.Text);
            if (DataFile.Open(table.Name, Path.GetFullPath(Path.Combine(folder, supplied.Path.Text)), display, supplied.Path.Span, diagnostics) is { } file)
            {
                files.Add((table, file));
            }
        }

        try
        {
            return Compute(ruleset, data, files, diagnostics);
        }
        finally
        {
            foreach (var (_, file) in files)
            {
                file.Dispose();
            }
        }
    }

    private static List<ComputedMetric> Compute(Ruleset ruleset, DocumentData data, List<(DataTable Table, DataFile File)> files, DiagnosticBag diagnostics)
    {
        var (start, end) = Period(data, diagnostics);
        var errors = diagnostics.ErrorCount;
        using var store = new DuckDbTables(diagnostics);
        var loaded = files.Where(f => store.Load(f.Table, f.File)).Select(f => f.Table).ToList();
        foreach (var table in loaded)
        {
            store.CheckQuality(table);
        }

        if (diagnostics.ErrorCount > errors)
        {
            return [];
        }

        var entries = new List<ComputedMetric>();
        foreach (var metric in ruleset.Metrics.Where(m => store.Loaded.ContainsKey(m.From.Name) && m.Joins.All(j => store.Loaded.ContainsKey(j.Name))))
        {
            var (value, query) = store.Run(metric, start, end);
            if (query.Parameters.Any(p => p is null))
            {
                // Only the period's bounds can be null: a metric counting within the period needs them.
                diagnostics.Add(DiagnosticCatalog.DataPeriodInvalid(data.Span, $"metric '{metric.Key}' counts within the period; give 'period: {{ from: YYYY-MM-DD, to: YYYY-MM-DD }}'"));
                continue;
            }

            var read = new[] { metric.From }.Concat(metric.Joins).Select(t => store.Loaded[t.Name])
                .Select(l => new DataFileFingerprint(l.File.Table, l.File.DisplayPath, l.File.Sha256, l.Rows)).ToImmutableArray();
            var computed = new ComputedEvidence(metric.Key, query.Text, MetricSqlCompiler.ShowAll(query), read) { Groups = (value as IReadOnlyList<object?[]>)?.Count };
            var mis = string.Join("; ", read.Select(f => $"{f.Path} ({f.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows, sha256 {f.Sha256[..12]})"));
            entries.Add(new ComputedMetric(metric.Key, value, Display(value), mis, end?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), data.Span, computed));
        }

        return entries;
    }

    private static string Display(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        IReadOnlyList<object?[]> records => $"{records.Count} group(s)",
        _ => value.ToString() ?? "",
    };

    private static (DateOnly? Start, DateOnly? End) Period(DocumentData data, DiagnosticBag diagnostics)
    {
        DateOnly? Parse(DocumentText? text)
        {
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            diagnostics.Add(DiagnosticCatalog.DataPeriodInvalid(text.Span, $"'{text.Text}' is not a date (YYYY-MM-DD)"));
            return null;
        }

        var start = Parse(data.PeriodFrom);
        var end = Parse(data.PeriodTo);
        if (start > end)
        {
            diagnostics.Add(DiagnosticCatalog.DataPeriodInvalid(data.PeriodFrom!.Span, "it ends before it starts"));
        }

        return (start, end);
    }
}
