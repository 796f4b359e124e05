namespace SpmAudit.Reporting.Formats;

/// <summary>
/// What a report says, whatever its format: the template for each text format (md, html; pdf prints
/// the html). The command line asks for a kind by name (<c>--report board</c>) and knows no template.
/// </summary>
public sealed record ReportKind(string Name, string Description, string MarkdownTemplate, string HtmlTemplate)
{
    public string TemplateFor(string format) => format == "md" ? MarkdownTemplate : HtmlTemplate;
}
