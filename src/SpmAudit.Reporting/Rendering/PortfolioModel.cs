using Scriban.Runtime;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>What portfolio templates see: the portfolio document, with country names and the ruleset's own translations of titles in the report's language.</summary>
internal static class PortfolioModel
{
    public static ScriptObject Create(DocumentObject portfolio, Ruleset? ruleset, string language)
    {
        var root = ReportModel.ToScript(portfolio);
        var translations = ruleset?.Translations.GetValueOrDefault(language);
        foreach (var list in new[] { "nodes", "commonGaps" })
        {
            foreach (var item in (root[list] as ScriptArray ?? []).OfType<ScriptObject>())
            {
                if (translations is not null && translations.TryGetValue(item["id"] as string ?? "", out var translation))
                {
                    item["title"] = translation.Title;
                }
            }
        }

        foreach (var list in new[] { "heatMap", "byCountry" })
        {
            foreach (var item in (root[list] as ScriptArray ?? []).OfType<ScriptObject>())
            {
                item["country_name"] = Countries.Name(item["country"] as string, language);
            }
        }

        return root;
    }
}
