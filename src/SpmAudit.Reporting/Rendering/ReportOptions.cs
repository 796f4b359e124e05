using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>How a report is rendered.</summary>
/// <param name="TemplateDirectory">Folder whose templates override the built-in ones, by file name.</param>
/// <param name="Language">Language of the report's own words (see <see cref="ReportLabels.Languages"/>).</param>
/// <param name="ForPrint">The report will be printed (PDF): templates expand everything a reader would otherwise click open.</param>
public sealed record ReportOptions(string? TemplateDirectory = null, string Language = ReportLabels.DefaultLanguage, bool ForPrint = false)
{
    /// <summary>The action plan and the trend, when asked for; the report shows them and the JSON holds them.</summary>
    public Document.ReportExtras Extras { get; init; } = Document.ReportExtras.None;
}
