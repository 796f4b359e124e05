using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Pdf;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Reporting.Formats;

/// <summary>Every report format, by name: the command line asks for one here and knows no template.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<ReportFormat> All { get; } =
    [
        new JsonFormat(),
        new TemplateFormat("md", "Markdown report", "audit.md.sbn", forPrint: false),
        new TemplateFormat("html", "one self-contained HTML file", "audit.html.sbn", forPrint: false),
        new PdfFormat(),
    ];

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    public static ReportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    private sealed class JsonFormat : ReportFormat
    {
        public override string Name => "json";

        public override string Description => "the stable result document";

        public override ReportOutput Render(AuditResult result, ReportOptions options) => ReportOutput.Text(AuditJsonWriter.Write(Document.ResultDocument.Build(result, options.Extras)));
    }

    private sealed class TemplateFormat(string name, string description, string template, bool forPrint) : ReportFormat
    {
        public override string Name => name;

        public override string Description => description;

        public override ReportOutput Render(AuditResult result, ReportOptions options)
        {
            var rendered = ReportRenderer.Render(result, template, options with { ForPrint = forPrint || options.ForPrint });
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

            var html = ReportRenderer.Render(result, "audit.html.sbn", options with { ForPrint = true });
            if (html.Text is null)
            {
                return ReportOutput.Failed(html.Diagnostics);
            }

            try
            {
                var printed = PdfPrinter.Print(html.Text, chromium);
                return printed.Bytes is null ? ReportOutput.Failed(printed.Error!) : new ReportOutput(printed.Bytes, []);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                return ReportOutput.Failed($"cannot print the report with {chromium}: {e.Message}");
            }
        }
    }
}
