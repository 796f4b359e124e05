using System.Globalization;
using System.Text;
using SpmAudit.Engine.Results;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Questionnaire;

namespace SpmAudit.Reporting.Plan;

/// <summary>
/// The action plan as files to work on: CSV (one row per indicator, for any tool) and a workbook
/// with the same columns, frozen headers, printable, and yellow owner and target-date cells for the
/// institution to fill in. Critical indicators come first, as in <see cref="ActionPlan"/>.
/// </summary>
public static class ActionPlanFiles
{
    /// <summary>CSV columns: stable names, for tools reading the file.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["priority", "indicator", "title", "status", "critical", "to_meet", "gain", "function", "missing_evidence", "owner", "target_date"];

    private static readonly string[] LabelKeys =
        ["plan_priority", "plan_indicator", "plan_indicator", "plan_status", "plan_critical", "plan_to_meet", "plan_gain", "plan_functions", "plan_missing", "plan_owner", "plan_target_date"];

    public static string Csv(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder(string.Join(',', CsvColumns)).Append('\n');
        foreach (var (row, _) in Rows(plan))
        {
            text.Append(string.Join(',', row.Select(Cell))).Append('\n');
        }

        return text.ToString();
    }

    public static byte[] Workbook(ActionPlan plan, string language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var labels = Localization.ReportLabels.For(language);
        var title = Label(labels, "plan_title") + (plan.Function is { } f ? $" ({Label(labels, "plan_for_function")} {f})" : "");
        var sheet = new SheetWriter(Label(labels, "plan_title"));
        sheet.Text(QuestionnaireLayout.TitleRow, 1, title, WorkbookStyles.Title);
        for (var c = 0; c < LabelKeys.Length; c++)
        {
            sheet.Text(QuestionnaireLayout.HeaderRow, c + 1, c == 2 ? "" : Label(labels, LabelKeys[c]), WorkbookStyles.Header);
        }

        var rowNumber = QuestionnaireLayout.FirstAnswerRow;
        foreach (var (row, priority) in Rows(plan))
        {
            sheet.Number(rowNumber, 1, priority, WorkbookStyles.Default);
            for (var c = 1; c < 6; c++)
            {
                sheet.Text(rowNumber, c + 1, row[c], c == 5 || c == 2 ? WorkbookStyles.Wrapped : WorkbookStyles.Default);
            }

            sheet.Number(rowNumber, 7, double.Parse(row[6], CultureInfo.InvariantCulture), WorkbookStyles.Default);
            sheet.Text(rowNumber, 8, row[7], WorkbookStyles.Wrapped);
            sheet.Text(rowNumber, 9, row[8], WorkbookStyles.Wrapped);
            sheet.Style(rowNumber, 10, WorkbookStyles.Answer);
            sheet.Style(rowNumber, 11, WorkbookStyles.AnswerDate);
            sheet.Date(SheetWriter.Reference(rowNumber, 11), Label(labels, "plan_target_date"));
            rowNumber++;
        }

        foreach (var c in new[] { 3, 6, 8, 9 })
        {
            sheet.Wrap(c);
        }

        sheet.Bounds[1] = (5, 6);
        sheet.Bounds[2] = (9, 14);
        sheet.Bounds[3] = (30, 45);
        sheet.Bounds[4] = (12, 22);
        sheet.Bounds[5] = (8, 10);
        sheet.Bounds[6] = (40, 60);
        sheet.Bounds[7] = (7, 9);
        sheet.Bounds[8] = (14, 22);
        sheet.Bounds[9] = (20, 32);
        sheet.Bounds[10] = (16, 24);
        sheet.Bounds[11] = (12, 14);

        return WorkbookPackage.Write([(sheet, LabelKeys.Length)]);
    }

    /// <summary>Each item as the cells of the CSV columns, with its priority (1 = first).</summary>
    private static IEnumerable<(string[] Cells, int Priority)> Rows(ActionPlan plan) => plan.Items.Select((item, i) => (new[]
    {
        (i + 1).ToString(CultureInfo.InvariantCulture),
        item.Indicator.Id,
        item.Indicator.Title,
        IndicatorStatuses.Name(item.Status),
        item.Critical ? "yes" : "no",
        item.Note is { } note ? $"{item.ToMeet} Note: {note}" : item.ToMeet,
        Document.ResultDocument.Round(item.Gain).ToString("0.##", CultureInfo.InvariantCulture),
        string.Join("; ", item.Functions),
        string.Join("; ", item.MissingEvidence),
        "",
        "",
    }, i + 1));

    private static string Label(Scriban.Runtime.ScriptObject labels, string key) => labels[key] as string ?? key;

    private static string Cell(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text != text.Trim() ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
