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
    public static ScriptObject Create(AuditResult result)
    {
        using var document = JsonDocument.Parse(AuditJsonWriter.Write(result));
        var root = ToObject(document.RootElement);
        var byId = new ScriptObject();
        foreach (var indicator in document.RootElement.GetProperty("indicators").EnumerateArray())
        {
            byId[indicator.GetProperty("id").GetString()!] = ToObject(indicator);
        }

        root["indicator_by_id"] = byId;
        return root;
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
