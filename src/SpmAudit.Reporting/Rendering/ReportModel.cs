using System.Globalization;
using Scriban.Runtime;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// What templates see: the result document itself (<see cref="ResultDocument"/>, the same tree
/// the JSON writer prints), with what only a language can add: each indicator's reason in words
/// (<c>plain_reason</c>), each evidence value as the language writes it (<c>shown</c>), the
/// country's name, and the ruleset's own translations of titles and guidance. Indexes by id let a
/// template find an indicator or node. Templates therefore show exactly what the JSON result says.
/// </summary>
internal static class ReportModel
{
    public static ScriptObject Create(AuditResult result, string? language = null) => Create(result, new ReportOptions(Language: language ?? ReportLabels.DefaultLanguage));

    public static ScriptObject Create(AuditResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var language = ReportLanguage.For(options.Language);
        var document = ResultDocument.Build(result, options.Extras);
        var reasons = new PlainReasonText(language, (kind, key) => kind switch
        {
            "evidence" => result.Ruleset.FindEvidence(key)?.Question,
            "parameter" => result.Ruleset.Parameters.FirstOrDefault(p => p.Name == key)?.Description,
            _ => null,
        });
        var evidenceText = new EvidenceText(language, reasons);
        foreach (var indicator in Objects(document["indicators"]))
        {
            if (indicator["explanation"] is DocumentObject explanation)
            {
                indicator.Add("plain_reason", reasons.Say(explanation));
            }

            foreach (var evidence in Objects(indicator["evidence"]))
            {
                evidence.Add("shown", evidenceText.Shown(evidence));
            }
        }

        var shortfalls = new ShortfallText(language);
        foreach (var outcome in Objects(document["outcomes"]))
        {
            outcome.Add("shortfalls_said", new DocumentArray((outcome["shortfalls"] as DocumentArray ?? []).OfType<string>().Select(s => (object?)shortfalls.Say(s))));
        }

        var root = ToScript(document);
        if (root["institution"] is ScriptObject institution)
        {
            institution["country_name"] = Countries.Name(institution["country"] as string, options.Language);
        }

        var translations = result.Ruleset.Translations.GetValueOrDefault(options.Language);
        foreach (var list in new[] { "nodes", "indicators", "gaps", "strengths" })
        {
            Translate(root[list] as ScriptArray ?? [], translations);
        }

        root["indicator_by_id"] = Index(Scripts(root["indicators"]));
        var nodes = new List<ScriptObject>();
        Flatten(Scripts(root["nodes"]), nodes);
        root["node_by_id"] = Index(nodes);
        return root;
    }

    /// <summary>
    /// Uses a ruleset's own translations of titles and guidance for reports in that language; the
    /// originals stay as title_original and guidance_original.
    /// </summary>
    private static void Translate(ScriptArray items, IReadOnlyDictionary<string, NodeTranslation>? translations)
    {
        foreach (var item in items.OfType<ScriptObject>())
        {
            if (translations is not null && translations.TryGetValue(item["id"] as string ?? "", out var translation))
            {
                item["title_original"] = item["title"];
                item["title"] = translation.Title;
                if (translation.Guidance is { } guidance && item.ContainsKey("guidance"))
                {
                    item["guidance_original"] = item["guidance"];
                    item["guidance"] = guidance;
                }
            }

            if (item["children"] is ScriptArray children)
            {
                Translate(children, translations);
            }
        }
    }

    private static ScriptObject Index(IEnumerable<ScriptObject> items)
    {
        var byId = new ScriptObject();
        foreach (var item in items)
        {
            byId[item["id"] as string ?? ""] = item;
        }

        return byId;
    }

    private static void Flatten(IEnumerable<ScriptObject> nodes, List<ScriptObject> into)
    {
        foreach (var node in nodes)
        {
            into.Add(node);
            Flatten(Scripts(node["children"]), into);
        }
    }

    private static IEnumerable<DocumentObject> Objects(object? array) => (array as DocumentArray ?? []).OfType<DocumentObject>();

    private static IEnumerable<ScriptObject> Scripts(object? array) => (array as ScriptArray ?? []).OfType<ScriptObject>();

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
