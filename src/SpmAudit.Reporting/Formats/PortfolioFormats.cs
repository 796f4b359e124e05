using SpmAudit.Language.Model;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Reporting.Formats;

/// <summary>The formats of a portfolio report (<c>spm-audit portfolio --format</c>), by name, as <see cref="ReportFormats"/> for one result.</summary>
public static class PortfolioFormats
{
    private static readonly (string Name, string Description, string? Template)[] Formats =
    [
        ("json", "the portfolio document", null),
        ("html", "one self-contained HTML file", "portfolio.html.sbn"),
        ("md", "Markdown report", "portfolio.md.sbn"),
    ];

    public static IEnumerable<string> Names => Formats.Select(f => f.Name);

    public static string Describe() => string.Join(", ", Formats.Select(f => $"{f.Name} ({f.Description})"));

    /// <summary>Renders the portfolio document; the ruleset, when known, gives titles in the report's language.</summary>
    public static ReportOutput Render(string format, DocumentObject portfolio, Ruleset? ruleset, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var template = Formats.FirstOrDefault(f => f.Name == format).Template;
        if (format == "json" || template is null)
        {
            return ReportOutput.Text(AuditJsonWriter.Write(portfolio));
        }

        var rendered = ReportRenderer.Render(template, options, DocumentObject.Containers(portfolio), globals => globals["portfolio"] = PortfolioModel.Create(portfolio, ruleset, options.Language));
        return rendered.Text is null ? ReportOutput.Failed(rendered.Diagnostics) : ReportOutput.Text(rendered.Text);
    }
}
