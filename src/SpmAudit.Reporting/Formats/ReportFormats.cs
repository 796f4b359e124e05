using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Pdf;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Reporting.Formats;

/// <summary>
/// Every report format, by name: the command line asks for one here and knows no template. Text
/// formats take their template from the report kind (<see cref="ReportKinds"/>); JSON is the same
/// document for every kind.
/// </summary>
public static class ReportFormats
{
    public static IReadOnlyList<ReportFormat> All { get; } =
    [
        new JsonFormat(),
        new TemplateFormat("md", "Markdown report"),
        new TemplateFormat("html", "one self-contained HTML file"),
        new PdfFormat(),
    ];

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    public static ReportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The template of a kind for a text format; an unknown kind is a bug of the caller (the command line only accepts known ones).</summary>
    internal static string Template(ReportOptions options, string format) =>
        (ReportKinds.Find(options.Kind) ?? throw new ArgumentException($"Unknown report kind '{options.Kind}'.", nameof(options))).TemplateFor(format);

    private sealed class JsonFormat : ReportFormat
    {
        public override string Name => "json";

        public override string Description => "the stable result document";

        public override ReportOutput Render(AuditResult result, ReportOptions options) =>
            ReportOutput.Text(AuditJsonWriter.Write(ResultDocument.Build(result, options.Extras)));
    }

    private sealed class TemplateFormat(string name, string description) : ReportFormat
    {
        public override string Name => name;

        public override string Description => description;

        public override ReportOutput Render(AuditResult result, ReportOptions options)
        {
            var rendered = ReportRenderer.Render(result, Template(options, name), options);
            return rendered.Text is null ? ReportOutput.Failed(rendered.Diagnostics) : ReportOutput.Text(rendered.Text);
        }
    }

    /// <summary>The HTML report printed by a local headless Chromium.</summary>
    private sealed class PdfFormat : ReportFormat
    {
        public override string Name => "pdf";

        public override string Description => "the HTML report printed to PDF (needs Chromium)";

        public override bool NeedsOutputFile => true;

        public override ReportOutput Render(AuditResult result, ReportOptions options)
        {
            if (ChromiumLocator.Find() is not { } chromium)
            {
                return ReportOutput.Failed($"--format pdf needs Chromium to print the report: {ChromiumLocator.NotFoundMessage()} '--format html' writes the same report without it.");
            }

            var template = Template(options, "html");
            return PrintedReport.Print(chromium, pages => ReportRenderer.Render(result, template, options with { ForPrint = true, TocPages = pages }));
        }
    }
}
