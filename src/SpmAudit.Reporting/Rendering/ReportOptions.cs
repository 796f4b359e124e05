using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>How a report is rendered.</summary>
/// <param name="TemplateDirectory">Folder whose templates override the built-in ones, by file name.</param>
/// <param name="Language">Language of the report's own words (see <see cref="ReportLabels.Languages"/>).</param>
/// <param name="ForPrint">The report will be printed (PDF): templates expand everything a reader would otherwise click open.</param>
/// <param name="Kind">Which report (<see cref="ReportKinds"/>): full or board.</param>
public sealed record ReportOptions(string? TemplateDirectory = null, string Language = ReportLabels.DefaultLanguage, bool ForPrint = false, string Kind = ReportKinds.Full)
{
    /// <summary>The action plan, the trend and the peers, when asked for; the report shows them and the JSON holds them.</summary>
    public Document.ReportExtras Extras { get; init; } = Document.ReportExtras.None;

    /// <summary>Page of each table-of-contents target in the printed report, known after a first printing.</summary>
    public IReadOnlyDictionary<string, int>? TocPages { get; init; }

    /// <summary>Longest report, in characters, that is written; a longer one is refused whole (SPM5004), never cut.</summary>
    public int MaxLength { get; init; } = SpmAudit.Language.Inputs.InputLimits.MaxReportLength;
}
