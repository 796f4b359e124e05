using DocumentFormat.OpenXml.Spreadsheet;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>
/// Writes a <see cref="QuestionnairePlan"/> as an .xlsx workbook (no macros): the cover, one sheet
/// of questions per top-level node and one sheet per 'list of' item, laid out as
/// <see cref="QuestionnaireLayout"/> says so that <see cref="XlsxEvidenceReader"/> reads it back.
/// </summary>
public static class QuestionnaireWorkbook
{
    /// <summary>Rows offered on a list sheet; more can be added below.</summary>
    private const int ListRows = 200;

    public static byte[] Write(QuestionnairePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var words = new QuestionnaireWords(plan.Language);
        var sheets = new List<(SheetWriter Sheet, int Columns)> { (Cover(plan, words), 3) };
        var listSheets = plan.Lists.ToDictionary(l => l.Item.Key, l => l.SheetName, StringComparer.Ordinal);
        sheets.AddRange(plan.Sections.Select(s => (Items(s, words, listSheets), QuestionnaireLayout.ItemColumns.Count)));
        sheets.AddRange(plan.Lists.Select(l => (List(l, words), Math.Max(l.Item.Type.Fields.Length, 2))));

        return WorkbookPackage.Write(sheets);
    }

    private static SheetWriter Cover(QuestionnairePlan plan, QuestionnaireWords words)
    {
        var sheet = new SheetWriter(words["cover"]);
        sheet.Text(QuestionnaireLayout.TitleRow, 1, $"{words["title"]}: {plan.Ruleset.Info.Title}", WorkbookStyles.Title);
        Headers(sheet, QuestionnaireLayout.CoverColumns, words);
        var row = QuestionnaireLayout.FirstAnswerRow;
        foreach (var field in QuestionnaireLayout.CoverFields)
        {
            sheet.Text(row, 1, field, WorkbookStyles.Key);
            sheet.Text(row, 2, words[field], WorkbookStyles.Wrapped);
            var answer = SheetWriter.Reference(row, 3);
            if (field == "date")
            {
                sheet.Style(row, 3, WorkbookStyles.AnswerDate);
                sheet.Date(answer, words["date_type"]);
            }
            else
            {
                sheet.Style(row, 3, WorkbookStyles.Answer);
            }

            if (field == "assessment")
            {
                sheet.Text(row, 3, QuestionnaireLayout.AssessmentTypes[0], WorkbookStyles.Answer);
                sheet.Choices(answer, QuestionnaireLayout.AssessmentTypes, string.Join(", ", QuestionnaireLayout.AssessmentTypes));
            }

            row++;
        }

        var info = plan.Ruleset.Info;
        sheet.Text(row + 1, 2, words["ruleset"], WorkbookStyles.Group);
        sheet.Text(row + 1, 3, $"{info.Id} {info.Version}", WorkbookStyles.Default);
        sheet.Text(row + 2, 2, words["instructions"], WorkbookStyles.Wrapped);
        sheet.Text(row + 3, 2, words["generated"], WorkbookStyles.Wrapped);
        sheet.Wrap(2);
        sheet.Bounds[1] = (16, 24);
        sheet.Bounds[2] = (30, 60);
        sheet.Bounds[3] = (26, 40);
        return sheet;
    }

    private static SheetWriter Items(QuestionnaireSection section, QuestionnaireWords words, Dictionary<string, string> listSheets)
    {
        var sheet = new SheetWriter(section.SheetName);
        int Col(string code) => QuestionnaireLayout.Column(code);
        sheet.Text(QuestionnaireLayout.TitleRow, 1, $"{section.Node.Id} {section.Title}", WorkbookStyles.Title);
        Headers(sheet, QuestionnaireLayout.ItemColumns, words);
        var row = QuestionnaireLayout.FirstAnswerRow;
        foreach (var entry in section.Rows)
        {
            switch (entry)
            {
                case GroupRow group:
                    sheet.Text(row, Col("question"), $"{group.Node.Id} {group.Title}", WorkbookStyles.Group);
                    foreach (var c in Enumerable.Range(1, QuestionnaireLayout.ItemColumns.Count).Where(c => c != Col("question")))
                    {
                        sheet.Style(row, c, WorkbookStyles.Group);
                    }

                    break;
                case IndicatorRow indicator:
                    sheet.Text(row, Col("key"), QuestionnaireLayout.IndicatorMark + indicator.Node.Id, WorkbookStyles.Key);
                    var critical = indicator.Node.Rule!.Critical ? " (critical)" : "";
                    sheet.Text(row, Col("question"), $"{indicator.Node.Id} {indicator.Title}{critical}", WorkbookStyles.Indicator);
                    sheet.Text(row, Col("expected"), indicator.Guidance, WorkbookStyles.Indicator);
                    sheet.Style(row, Col("comment"), WorkbookStyles.AnswerWrapped);
                    break;
                case ItemRow item:
                    Item(sheet, row, item, words, listSheets);
                    break;
            }

            row++;
        }

        foreach (var code in new[] { "question", "expected", "source", "comment", "used_by" })
        {
            sheet.Wrap(Col(code));
        }

        sheet.Bounds[Col("key")] = (12, 44);
        sheet.Bounds[Col("question")] = (40, 60);
        sheet.Bounds[Col("expected")] = (20, 34);
        sheet.Bounds[Col("answer")] = (14, 24);
        sheet.Bounds[Col("source")] = (18, 30);
        sheet.Bounds[Col("page")] = (6, 8);
        sheet.Bounds[Col("comment")] = (24, 40);
        sheet.Bounds[Col("function")] = (14, 22);
        sheet.Bounds[Col("used_by")] = (10, 18);
        return sheet;
    }

    private static void Item(SheetWriter sheet, int row, ItemRow entry, QuestionnaireWords words, Dictionary<string, string> listSheets)
    {
        int Col(string code) => QuestionnaireLayout.Column(code);
        var item = entry.Item;
        var expected = words.Expected(item, listSheets.GetValueOrDefault(item.Key));
        sheet.Text(row, Col("key"), item.Key, WorkbookStyles.Key);
        sheet.Text(row, Col("question"), item.Question ?? item.Key, WorkbookStyles.Wrapped);
        sheet.Text(row, Col("expected"), expected, WorkbookStyles.Wrapped);
        var answer = SheetWriter.Reference(row, Col("answer"));
        sheet.Style(row, Col("answer"), AnswerStyle(item.Type));
        Validate(sheet, answer, item.Type, item.Min, item.Max, expected, words);
        sheet.Style(row, Col("source"), WorkbookStyles.AnswerWrapped);
        sheet.Style(row, Col("page"), WorkbookStyles.Answer);
        sheet.Style(row, Col("comment"), WorkbookStyles.AnswerWrapped);
        sheet.Style(row, Col("function"), WorkbookStyles.Answer);
        sheet.Text(row, Col("used_by"), string.Join(", ", entry.UsedBy), WorkbookStyles.Wrapped);
    }

    private static void Validate(SheetWriter sheet, string cells, DataType type, double? min, double? max, string prompt, QuestionnaireWords words)
    {
        switch (type.Kind)
        {
            case TypeKind.Boolean:
                var (yes, no) = QuestionnaireLayout.YesNoWords(words.Language);
                sheet.Choices(cells, [yes, no], prompt);
                break;
            case TypeKind.Choice:
                sheet.Choices(cells, type.Choices, prompt);
                break;
            case TypeKind.RecordList:
                sheet.Choices(cells, [QuestionnaireLayout.Listed(words.Language), QuestionnaireLayout.None(words.Language)], prompt);
                break;
            case TypeKind.Integer:
                sheet.Range(cells, DataValidationValues.Whole, min, max, prompt);
                break;
            case TypeKind.Number or TypeKind.Percentage:
                sheet.Range(cells, DataValidationValues.Decimal, min, max, prompt);
                break;
            case TypeKind.Date:
                sheet.Date(cells, prompt);
                break;
        }
    }

    private static SheetWriter List(ListSection list, QuestionnaireWords words)
    {
        var sheet = new SheetWriter(list.SheetName);
        var fields = list.Item.Type.Fields;
        sheet.Text(QuestionnaireLayout.TitleRow, 1, list.Item.Key, WorkbookStyles.Title);
        sheet.Text(QuestionnaireLayout.TitleRow, 2, $"{list.Item.Question} {words["record_rows"]}".Trim(), WorkbookStyles.Default);
        for (var c = 1; c <= fields.Length; c++)
        {
            var field = fields[c - 1];
            sheet.Text(QuestionnaireLayout.HeaderRow, c, field.Name, WorkbookStyles.Header);
            var style = AnswerStyle(field.Type);
            for (var row = QuestionnaireLayout.FirstAnswerRow; row < QuestionnaireLayout.FirstAnswerRow + ListRows; row++)
            {
                sheet.Style(row, c, style);
            }

            var range = $"{SheetWriter.Reference(QuestionnaireLayout.FirstAnswerRow, c)}:{SheetWriter.Reference(QuestionnaireLayout.FirstAnswerRow + ListRows - 1, c)}";
            Validate(sheet, range, field.Type, null, null, $"{field.Name}: {words.Expected(field.Type)}", words);
            sheet.Bounds[c] = (14, 40);
        }

        return sheet;
    }

    /// <summary>Percentages show as 45%, dates as 2025-12-31, the rest as typed.</summary>
    private static uint AnswerStyle(DataType type) => type.Kind switch
    {
        TypeKind.Percentage => WorkbookStyles.AnswerPercent,
        TypeKind.Date => WorkbookStyles.AnswerDate,
        _ => WorkbookStyles.Answer,
    };

    private static void Headers(SheetWriter sheet, IReadOnlyList<string> columns, QuestionnaireWords words)
    {
        for (var c = 1; c <= columns.Count; c++)
        {
            sheet.Text(QuestionnaireLayout.HeaderRow, c, words.Header(columns[c - 1]), WorkbookStyles.Header);
        }
    }
}
