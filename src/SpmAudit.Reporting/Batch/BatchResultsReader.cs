using System.Collections.Immutable;
using System.Text.Json;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Reporting.Batch;

/// <summary>
/// Reads a batch result file back. Every problem is a diagnostic located at its line (SPM51xx);
/// a line that records a pack that failed ('errors') is counted, not read; blank lines are skipped.
/// </summary>
public static class BatchResultsReader
{
    public static BatchResults? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Language.Inputs.InputText.Read(path, displayPath, new SourceSpan(displayPath, 0, 0), diagnostics, Language.Inputs.InputLimits.MaxBatchResultsBytes) is not { } text)
        {
            return null;
        }

        var lines = text.Split('\n');
        var read = ImmutableArray.CreateBuilder<BatchLine>();
        var failed = 0;
        var before = diagnostics.ErrorCount;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var span = new SourceSpan(displayPath, i + 1, 1);
            try
            {
                using var json = JsonDocument.Parse(lines[i]);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(DiagnosticCatalog.BatchLineNotJson(span, $"it is a JSON {json.RootElement.ValueKind.ToString().ToLowerInvariant()}"));
                }
                else if (json.RootElement.TryGetProperty("errors", out _))
                {
                    failed++;
                }
                else if (Line(json.RootElement, i + 1, span, diagnostics) is { } line)
                {
                    read.Add(line);
                }
            }
            catch (JsonException e)
            {
                diagnostics.Add(DiagnosticCatalog.BatchLineNotJson(span, e.Message.Split(" LineNumber", 2)[0].TrimEnd('.')));
            }
        }

        return diagnostics.ErrorCount > before ? null : new BatchResults(path, read.ToImmutable(), failed);
    }

    private static BatchLine? Line(JsonElement line, int number, SourceSpan span, DiagnosticBag diagnostics)
    {
        var reader = new FieldReader(line, span, diagnostics);
        var institution = reader.Text("institution", required: true);
        var name = reader.Text("name") ?? institution;
        var score = reader.Number("score");
        var scores = reader.Numbers("scores");
        var outcomes = reader.Texts("outcomes");
        var ruleset = line.TryGetProperty("ruleset", out var r) && r.ValueKind == JsonValueKind.Object ? new FieldReader(r, span, diagnostics) : null;
        var gaps = reader.Gaps("gaps");
        if (reader.Failed || institution is null)
        {
            return null;
        }

        return new BatchLine(number, institution, name!, reader.Text("evidenceSha256"), score, reader.Text("grade"), scores, outcomes)
        {
            RulesetId = ruleset?.Text("id"),
            RulesetVersion = ruleset?.Text("version"),
            Country = reader.Text("country"),
            Assessment = reader.Text("assessment"),
            Period = reader.Text("period"),
            Date = reader.Text("date"),
            Gaps = gaps,
        };
    }

    /// <summary>Reads the fields of one object, reporting each one of the wrong type once.</summary>
    private sealed class FieldReader(JsonElement element, SourceSpan span, DiagnosticBag diagnostics)
    {
        public bool Failed { get; private set; }

        public string? Text(string field, bool required = false)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return required ? Fail(field, "a text") : null;
            }

            return value.ValueKind == JsonValueKind.String ? value.GetString() : Fail(field, "a text");
        }

        public double? Number(string field)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
            {
                return number;
            }

            Fail(field, "a number or null");
            return null;
        }

        public ImmutableArray<KeyValuePair<string, double?>> Numbers(string field)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().Any(p => p.Value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null)))
            {
                Fail(field, "an object of scores (numbers or null) by node id");
                return [];
            }

            return [.. value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : (double?)null))];
        }

        public ImmutableArray<KeyValuePair<string, string>> Texts(string field)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
            {
                Fail(field, "an object of decisions (texts) by certification id");
                return [];
            }

            return [.. value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!))];
        }

        public ImmutableArray<BatchGap> Gaps(string field)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            var gaps = ImmutableArray.CreateBuilder<BatchGap>();
            foreach (var gap in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : default)
            {
                if (gap.ValueKind != JsonValueKind.Object
                    || !gap.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !gap.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String)
                {
                    Fail(field, "a list of { id, status, critical }");
                    return [];
                }

                gaps.Add(new BatchGap(id.GetString()!, status.GetString()!, gap.TryGetProperty("critical", out var critical) && critical.ValueKind == JsonValueKind.True));
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Fail(field, "a list of { id, status, critical }");
            }

            return gaps.ToImmutable();
        }

        private string? Fail(string field, string expected)
        {
            Failed = true;
            diagnostics.Add(DiagnosticCatalog.BatchLineField(span, field, expected));
            return null;
        }
    }
}
