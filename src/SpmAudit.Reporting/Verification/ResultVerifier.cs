using System.Globalization;
using System.Text.Json;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Reporting.Json;

namespace SpmAudit.Reporting.Verification;

/// <summary>
/// Compares a recorded result document with a fresh audit of the inputs named again: first the
/// inputs by their SHA-256 (every ruleset source by path, the evidence pack), then, when they are the
/// same, the two documents field by field, so the answer is "identical", or the changed file, or the
/// first field that differs. The parts an audit adds only on request (plan, trend, peers) are not compared.
/// </summary>
public static class ResultVerifier
{
    /// <summary>Top-level fields not compared: what an audit adds on request, and the engine that wrote the result (shown, not judged).</summary>
    private static readonly HashSet<string> NotCompared = ["plan", "trend", "peers", "engine"];

    /// <summary>The version of SpmAudit that wrote a result document, when it says.</summary>
    public static string? RecordedEngine(string recordedJson)
    {
        try
        {
            using var document = JsonDocument.Parse(recordedJson, new JsonDocumentOptions { MaxDepth = 2 * InputLimits.MaxNesting + 16 });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("engine", out var engine) ? Text(engine, "version") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The differences, none when the result is reproduced exactly; null with a diagnostic when <paramref name="recordedJson"/> is not a result document.</summary>
    public static IReadOnlyList<string>? Verify(string recordedPath, string recordedJson, AuditResult fresh, string evidenceShown, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(diagnostics);
        JsonDocument recorded;
        try
        {
            recorded = JsonDocument.Parse(recordedJson, new JsonDocumentOptions { MaxDepth = 2 * InputLimits.MaxNesting + 16 });
        }
        catch (JsonException e)
        {
            diagnostics.Add(DiagnosticCatalog.NotAResultDocument(SourceSpan.None(recordedPath), recordedPath, e.Message));
            return null;
        }

        using (recorded)
        {
            var root = recorded.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out _) || !root.TryGetProperty("ruleset", out var ruleset))
            {
                diagnostics.Add(DiagnosticCatalog.NotAResultDocument(SourceSpan.None(recordedPath), recordedPath, "it has no schemaVersion and ruleset"));
                return null;
            }

            using var now = JsonDocument.Parse(AuditJsonWriter.Write(fresh), new JsonDocumentOptions { MaxDepth = 2 * InputLimits.MaxNesting + 16 });
            var inputs = ChangedInputs(ruleset, root, fresh, evidenceShown);
            if (inputs.Count > 0)
            {
                return inputs;
            }

            return FirstDifference(root, now.RootElement) is { } difference ? [difference] : [];
        }
    }

    /// <summary>Each input whose bytes differ from those recorded, named by its path.</summary>
    private static List<string> ChangedInputs(JsonElement ruleset, JsonElement root, AuditResult fresh, string evidenceShown)
    {
        var changes = new List<string>();
        var recordedSources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ruleset.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array)
        {
            foreach (var source in sources.EnumerateArray())
            {
                if (Text(source, "path") is { } path)
                {
                    recordedSources[path] = Text(source, "sha256") ?? "";
                }
            }
        }

        var freshSources = fresh.Ruleset.Sources.ToDictionary(s => s.Path, s => s.Sha256, StringComparer.Ordinal);
        foreach (var (path, sha) in freshSources)
        {
            if (!recordedSources.TryGetValue(path, out var was))
            {
                changes.Add($"ruleset file '{path}' is read now but was not when the result was recorded");
            }
            else if (was != sha)
            {
                changes.Add($"ruleset file '{path}' has changed (recorded SHA-256 {Short(was)}, now {Short(sha)})");
            }
        }

        changes.AddRange(recordedSources.Keys.Where(p => !freshSources.ContainsKey(p)).Select(p => $"ruleset file '{p}' was read when the result was recorded but is not now"));
        var recordedEvidence = Text(root, "evidenceSha256") ?? "";
        if (recordedEvidence != fresh.Pack.Sha256)
        {
            changes.Add($"evidence '{evidenceShown}' has changed (recorded SHA-256 {Short(recordedEvidence)}, now {Short(fresh.Pack.Sha256)})");
        }

        return changes;
    }

    /// <summary>The first field, in document order, whose value differs; walked without recursion.</summary>
    private static string? FirstDifference(JsonElement recorded, JsonElement fresh)
    {
        var pending = new Stack<(string Path, JsonElement Was, JsonElement Now)>();
        pending.Push(("", recorded, fresh));
        while (pending.TryPop(out var item))
        {
            var (path, was, now) = item;
            if (was.ValueKind != now.ValueKind)
            {
                return Differs(path, was, now);
            }

            switch (was.ValueKind)
            {
                case JsonValueKind.Object:
                    var wasFields = was.EnumerateObject().Where(p => path.Length > 0 || !NotCompared.Contains(p.Name)).ToList();
                    var nowFields = now.EnumerateObject().Where(p => path.Length > 0 || !NotCompared.Contains(p.Name)).ToList();
                    for (var i = Math.Max(wasFields.Count, nowFields.Count) - 1; i >= 0; i--)
                    {
                        if (i >= wasFields.Count || i >= nowFields.Count || wasFields[i].Name != nowFields[i].Name)
                        {
                            var name = i < wasFields.Count ? wasFields[i].Name : nowFields[i].Name;
                            pending.Push(($"{Join(path, name)} (field present in only one, or in another order)", default, default));
                            continue;
                        }

                        pending.Push((Join(path, wasFields[i].Name), wasFields[i].Value, nowFields[i].Value));
                    }

                    break;
                case JsonValueKind.Array:
                    var wasItems = was.EnumerateArray().ToList();
                    var nowItems = now.EnumerateArray().ToList();
                    if (wasItems.Count != nowItems.Count)
                    {
                        return $"{Shown(path)}: recorded {wasItems.Count} item(s), now {nowItems.Count}";
                    }

                    for (var i = wasItems.Count - 1; i >= 0; i--)
                    {
                        pending.Push(($"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", wasItems[i], nowItems[i]));
                    }

                    break;
                case JsonValueKind.Undefined:
                    return Shown(path);
                default:
                    if (was.GetRawText() != now.GetRawText())
                    {
                        return Differs(path, was, now);
                    }

                    break;
            }
        }

        return null;
    }

    private static string Differs(string path, JsonElement was, JsonElement now) =>
        $"{Shown(path)}: recorded {Value(was)}, now {Value(now)}";

    private static string Value(JsonElement value)
    {
        var text = value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? value.ValueKind.ToString().ToLowerInvariant() : value.GetRawText();
        return ControlCharacters.Escape(text.Length > 80 ? text[..77] + "..." : text, keepLineBreaks: false);
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Shown(string path) => path.Length == 0 ? "the document" : $"field {path}";

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}
