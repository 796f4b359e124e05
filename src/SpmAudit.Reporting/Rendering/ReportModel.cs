using System.Globalization;
using Scriban.Runtime;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// What templates see: the result document itself (<see cref="ResultDocument"/>, the same tree
/// the JSON writer prints), plus an index of indicators by id. Templates therefore show exactly
/// what the JSON result says.
/// </summary>
internal static class ReportModel
{
    public static ScriptObject Create(AuditResult result, string? language = null)
    {
        var document = ResultDocument.Build(result);
        var words = ReportLanguage.For(language ?? ReportLabels.DefaultLanguage);
        var reasons = new PlainReasonText(words, (kind, key) => kind switch
        {
            "evidence" => result.Ruleset.FindEvidence(key)?.Question,
            "parameter" => result.Ruleset.Parameters.FirstOrDefault(p => p.Name == key)?.Description,
            _ => null,
        });
        foreach (var indicator in (document["indicators"] as DocumentArray ?? []).OfType<DocumentObject>())
        {
            if (indicator["explanation"] is DocumentObject explanation)
            {
                indicator.Add("plain_reason", reasons.Say(explanation));
            }
        }

        var root = ToScript(document);
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

    /// <summary>The document as Scriban values; numbers become doubles, as templates have always seen them.</summary>
    internal static ScriptObject ToScript(DocumentObject document)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in document)
        {
            result[name] = Convert(value);
        }

        return result;
    }

    private static object? Convert(object? value) => value switch
    {
        DocumentObject document => ToScript(document),
        DocumentArray array => new ScriptArray(array.Select(Convert)),
        int i => (double)i,
        _ => value,
    };

    /// <summary>Numbers as reports print them: up to two decimals, invariant culture.</summary>
    public static string FormatNumber(object? value) => value switch
    {
        null => "–",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
