using SpmAudit.Reporting.Document;

namespace SpmAudit.Reporting.Localization;

/// <summary>
/// An evidence value as a report in one language prints it: numbers, percentages and dates in the
/// language's form, yes/no in its words, a choice as words, and a list summarised by its count and
/// the figures the rule computed from it ("5 records; 5 meet the condition") instead of run on.
/// </summary>
internal sealed class EvidenceText(ReportLanguage language, PlainReasonText values)
{
    public string Shown(DocumentObject evidence)
    {
        if (evidence["missing"] is true)
        {
            return language.Text("missing");
        }

        var type = evidence["type"] as string;
        if (type == "records")
        {
            return Summary(evidence);
        }

        var kind = type switch
        {
            "integer" or "number" => "number",
            _ => type,
        };
        return values.Value(kind, evidence["value"], null);
    }

    private string Summary(DocumentObject evidence)
    {
        var count = evidence["records"] is int n ? n : (evidence["value"] as DocumentArray)?.Count ?? 0;
        var records = values.Value("records", (double)count, null);
        var figures = (evidence["figures"] as DocumentArray ?? []).OfType<DocumentObject>().Select(Figure).ToList();
        return figures.Count == 0 ? records : language.Fill(["list_summary"], ("records", records), ("figures", string.Join(language.Text("reasons", "fact_separator"), figures)));
    }

    private string Figure(DocumentObject figure)
    {
        var function = figure["function"] as string ?? "";
        var value = values.Value(figure["kind"] as string, figure["value"], null);
        var field = figure["field"] is string f ? ReportLanguage.Words(f) : "";
        var phrase = language.Term("figures", function) ?? "{function}: {value}";
        return ReportLanguage.Fill(phrase, ("function", function), ("field", field), ("value", value));
    }
}
