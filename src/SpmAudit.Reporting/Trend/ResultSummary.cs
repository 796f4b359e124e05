using System.Collections.Immutable;
using System.Text.Json;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Reporting.Trend;

/// <summary>
/// What a trend reads of one result document (the JSON an audit wrote): the institution, the
/// period, the overall score and grade, the top-level nodes' scores and every indicator's status,
/// and which evidence was missing. Earlier results are read back from their JSON, so an assessment
/// of last year compares with this year's without its evidence pack.
/// </summary>
public sealed record ResultSummary(
    string Path,
    string InstitutionId,
    string InstitutionName,
    string RulesetId,
    string? Period,
    string? Date,
    double? Score,
    string? Grade,
    double? Coverage,
    ImmutableArray<NodeSummary> Nodes,
    ImmutableArray<IndicatorSummary> Indicators,
    ImmutableArray<string> Missing)
{
    /// <summary>How the assessment is named in a trend: its period, else its date, else its file.</summary>
    public string Label => Period ?? Date ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>A result document read from JSON text, or null (reported as SPM0005) when the text is not one.</summary>
    public static ResultSummary? Read(string path, string json, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out _) || !root.TryGetProperty("indicators", out var indicators)
                || !root.TryGetProperty("institution", out var institution) || !root.TryGetProperty("nodes", out var nodes))
            {
                diagnostics.Add(DiagnosticCatalog.NotAResultDocument(SourceSpan.None(path), path, "it lacks schemaVersion, institution, nodes or indicators"));
                return null;
            }

            return new ResultSummary(
                path,
                Text(institution, "id") ?? "",
                Text(institution, "name") ?? "",
                root.TryGetProperty("ruleset", out var ruleset) ? Text(ruleset, "id") ?? "" : "",
                Text(root, "period"),
                Text(root, "date"),
                Number(root, "score"),
                Text(root, "grade"),
                Number(root, "coverage"),
                [.. nodes.EnumerateArray().Select(n => new NodeSummary(Text(n, "id") ?? "", Text(n, "title") ?? "", Number(n, "score"), Text(n, "status") ?? ""))],
                [.. indicators.EnumerateArray().Select(i => new IndicatorSummary(Text(i, "id") ?? "", Text(i, "title") ?? "", Text(i, "status") ?? ""))],
                [.. indicators.EnumerateArray()
                    .Where(i => i.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.Array)
                    .SelectMany(i => i.GetProperty("evidence").EnumerateArray())
                    .Where(e => e.TryGetProperty("missing", out var m) && m.ValueKind == JsonValueKind.True)
                    .Select(e => Text(e, "key") ?? "")
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // Not JSON, or JSON of another shape (a string where an object belongs).
            var message = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and >= 0 ? e.Message[..at] : e.Message;
            diagnostics.Add(DiagnosticCatalog.NotAResultDocument(SourceSpan.None(path), path, message.TrimEnd('.', ' ')));
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    private static double? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}

public sealed record NodeSummary(string Id, string Title, double? Score, string Status);

public sealed record IndicatorSummary(string Id, string Title, string Status);
