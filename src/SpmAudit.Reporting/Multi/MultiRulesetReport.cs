using System.Text;
using System.Text.RegularExpressions;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Pdf;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Reporting.Multi;

/// <summary>
/// One evidence pack audited against several rulesets, as one report: a summary table (ruleset,
/// score, grade, certification, coverage) and then each ruleset's own report as a section, drawn
/// by the same templates as a single audit. JSON holds one full result document per ruleset.
/// </summary>
public static partial class MultiRulesetReport
{
    private const string MarkdownTemplate = "multi.md.sbn";
    private const string HtmlTemplate = "multi.html.sbn";

    public static ReportOutput Render(string format, IReadOnlyList<(AuditResult Result, ReportExtras Extras)> audits, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(audits);
        ArgumentNullException.ThrowIfNull(options);
        switch (format)
        {
            case "json":
                return ReportOutput.Text(AuditJsonWriter.Write(MultiRulesetDocument.Build(audits)));
            case "md":
                return AsOutput(RenderText("md", MarkdownTemplate, audits, options));
            case "html":
                return AsOutput(RenderText("html", HtmlTemplate, audits, options));
            default:
                if (ChromiumLocator.Find() is not { } chromium)
                {
                    return ReportOutput.Failed($"--format pdf needs Chromium to print the report: {ChromiumLocator.NotFoundMessage()} '--format html' writes the same report without it.");
                }

                return PrintedReport.Print(chromium, pages => RenderText("html", HtmlTemplate, audits, options with { ForPrint = true, TocPages = pages }));
        }
    }

    private static ReportOutput AsOutput(RenderOutcome outcome) =>
        outcome.Text is null ? ReportOutput.Failed(outcome.Diagnostics) : ReportOutput.Text(outcome.Text);

    /// <summary>Each ruleset's report through the template of its kind, then the page that gathers them.</summary>
    private static RenderOutcome RenderText(string format, string template, IReadOnlyList<(AuditResult Result, ReportExtras Extras)> audits, ReportOptions options)
    {
        var sections = new List<DocumentObject>();
        string? head = null;
        for (var i = 0; i < audits.Count; i++)
        {
            var (result, extras) = audits[i];
            var rendered = ReportRenderer.Render(result, ReportFormats.Template(options, format), options with { Extras = extras });
            if (rendered.Text is null)
            {
                return rendered;
            }

            var anchor = $"ruleset-{i + 1}";
            head ??= format == "html" ? Between(rendered.Text, "<head>", "</head>") : null;
            var body = format == "html" ? Prefixed(Between(rendered.Text, "<body", "</body>"), anchor) : Demoted(rendered.Text);
            sections.Add(new DocumentObject().Add("anchor", anchor).Add("body", body));
        }

        var model = new DocumentObject()
            .Add("summary", MultiRulesetDocument.Summary(audits.Select(a => a.Result)))
            .Add("sections", new DocumentArray(sections));
        var size = audits.Sum(a => ReportRenderer.ModelSize(a.Result));
        return ReportRenderer.Render(template, options, size, globals =>
        {
            globals["multi"] = ReportModel.ToScript(model);
            globals["page_head"] = head ?? "";
        });
    }

    /// <summary>The text between an opening tag (attributes and all) and the closing one.</summary>
    private static string Between(string html, string open, string close)
    {
        var start = html.IndexOf(open, StringComparison.Ordinal);
        start = html.IndexOf('>', start) + 1;
        var end = html.LastIndexOf(close, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>Ids and in-page links of one section get the section's prefix, so that sections do not share ids.</summary>
    private static string Prefixed(string body, string anchor) =>
        IdOrLink().Replace(body, m => $"{m.Groups[1].Value}=\"{m.Groups[2].Value}{anchor}-{m.Groups[3].Value}\"");

    /// <summary>An id, or a link to an id of the page ('#…'); links elsewhere stay.</summary>
    [GeneratedRegex("\\b(id|href)=\"((?<=href=\")#|(?<=id=\"))([^\"#]+)\"")]
    private static partial Regex IdOrLink();

    /// <summary>A section's Markdown headings two levels down, below the page title and the section heading.</summary>
    private static string Demoted(string markdown)
    {
        var text = new StringBuilder();
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            fenced ^= line.StartsWith("```", StringComparison.Ordinal);
            text.Append(!fenced && line.StartsWith('#') ? "##" + line : line).Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }
}
