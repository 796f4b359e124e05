using System.Globalization;
using System.Text.Json;
using Scriban.Runtime;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Json;

namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// What templates see: the stable JSON document itself (same names, same values), plus an index of
/// indicators by id. Templates therefore show exactly what the JSON result says.
/// </summary>
internal static class ReportModel
{
    public static ScriptObject Create(AuditResult result, string? language = null)
    {
        using var document = JsonDocument.Parse(AuditJsonWriter.Write(result));
        var root = ToObject(document.RootElement);
        var byId = new ScriptObject();
        var indicators = root["indicators"] as ScriptArray ?? [];
        foreach (var item in indicators.OfType<ScriptObject>())
        {
            byId[item["id"] as string ?? ""] = item;
        }

        root["indicator_by_id"] = byId;
        if (language is not null && result.Ruleset.Translations.TryGetValue(language, out var translations))
        {
            Translate(root["nodes"] as ScriptArray ?? [], translations);
            Translate(indicators, translations);
        }

        return root;
    }

    /// <summary>Uses a ruleset's own translations of titles for reports in that language; the original stays as title_original.</summary>
    private static void Translate(ScriptArray items, IReadOnlyDictionary<string, Language.Model.NodeTranslation> translations)
    {
        foreach (var item in items.OfType<ScriptObject>())
        {
            if (translations.TryGetValue(item["id"] as string ?? "", out var translation))
            {
                item["title_original"] = item["title"];
                item["title"] = translation.Title;
            }

            if (item["children"] is ScriptArray children)
            {
                Translate(children, translations);
            }
        }
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(Convert)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    internal static ScriptObject ToObject(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = Convert(property.Value);
        }

        return result;
    }

    /// <summary>Numbers as reports print them: up to two decimals, invariant culture.</summary>
    public static string FormatNumber(object? value) => value switch
    {
        null => "–",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
