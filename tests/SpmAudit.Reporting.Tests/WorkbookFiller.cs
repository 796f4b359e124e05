using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// Fills a generated questionnaire the way a person would in a spreadsheet: numbers as numbers,
/// percentages as fractions in the percent-formatted cell, dates as date serials, yes/no from the
/// drop-down, list records on their sheet. Also makes the edits the import must refuse.
/// </summary>
internal sealed class WorkbookFiller : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly SpreadsheetDocument _document;

    public WorkbookFiller(byte[] workbook)
    {
        _stream.Write(workbook);
        _stream.Position = 0;
        _document = SpreadsheetDocument.Open(_stream, true);
    }

    private WorkbookPart Workbook => _document.WorkbookPart!;

    /// <summary>Every answer of a YAML pack the questionnaire asks for, put where it asks for it.</summary>
    public WorkbookFiller FillFrom(string yamlPack, Ruleset ruleset)
    {
        var diagnostics = new DiagnosticBag();
        var document = new YamlEvidenceReader().Read(Path.GetFileName(yamlPack), File.ReadAllBytes(yamlPack), diagnostics)!;
        diagnostics.HasErrors.ShouldBeFalse();
        Cover("institution.id", document.Institution?.Id?.Text);
        Cover("institution.name", document.Institution?.Name?.Text);
        Cover("institution.country", document.Institution?.Country?.Text);
        Cover("period", document.Period?.Text);
        Cover("date", document.Date?.Text, DataType.Date);
        Cover("assessment", document.Assessment?.Text);
        Cover("assessor", document.Assessor?.Text);
        foreach (var entry in document.Entries)
        {
            var item = ruleset.FindEvidence(entry.Key.Text).ShouldNotBeNull(entry.Key.Text);
            if (FindRow(entry.Key.Text) is not var (sheet, row))
            {
                // An item no selected indicator reads is not asked; it cannot change a result.
                ruleset.Indicators.ShouldNotContain(i => i.Rule!.Reads.Any(r => r.Key == entry.Key.Text));
                continue;
            }

            int Col(string code) => QuestionnaireLayout.Column(code);
            if (entry.Value is ListValue list)
            {
                Set(sheet, row, Col("answer"), list.Items.IsEmpty ? "none" : "listed", DataType.Text);
                FillList(item, list);
            }
            else if (entry.Value is ScalarValue scalar)
            {
                Set(sheet, row, Col("answer"), scalar.Text, item.Type);
            }

            if (entry.Source is { } source)
            {
                var onlyDocument = source is { Interview: null, Mis: null, Observation: null, Date: null };
                var text = onlyDocument ? source.Document?.Text : new EvidenceSource(source.Document?.Text, source.Page?.Text, source.Interview?.Text, source.Mis?.Text, source.Observation?.Text, source.Date?.Text).ToString();
                Set(sheet, row, Col("source"), text, DataType.Text);
                Set(sheet, row, Col("page"), onlyDocument ? source.Page?.Text : null, DataType.Text);
            }

            Set(sheet, row, Col("comment"), entry.Comment?.Text, DataType.Text);
            Set(sheet, row, Col("function"), entry.Function?.Text, DataType.Text);
        }

        return this;
    }

    /// <summary>Writes text (or a number) into a cell given as sheet and A1 reference.</summary>
    public WorkbookFiller Put(string sheetName, string reference, string text, DataType? type = null)
    {
        var sheet = Sheet(sheetName);
        var (row, column) = Parse(reference);
        Set(sheet, row, column, text, type ?? DataType.Text);
        return this;
    }

    /// <summary>The row of a key on the sheets of questions, as sheet name and row number.</summary>
    public (string Sheet, int Row)? Locate(string key) => FindRow(key) is var (part, row) ? (NameOf(part), row) : null;

    public WorkbookFiller AddSheet(string name)
    {
        var part = Workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("My notes")) }) { RowIndex = 1 }));
        var sheets = Workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = name, SheetId = (uint)(sheets.Count() + 1), Id = Workbook.GetIdOfPart(part) });
        return this;
    }

    public WorkbookFiller HideColumn(string sheetName, int column)
    {
        var columns = Sheet(sheetName).Worksheet.GetFirstChild<Columns>()!;
        columns.Elements<Column>().Single(c => c.Min!.Value == column).Hidden = true;
        return this;
    }

    /// <summary>Each sheet's name and the texts of its first rows, as a person opening the workbook would see them.</summary>
    public static string Describe(byte[] workbook, int rows = 3)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var text = new System.Text.StringBuilder();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
            text.Append(CultureInfo.InvariantCulture, $"  [{sheet.Name}]\n");
            foreach (var row in worksheet.Worksheet.Descendants<Row>().Where(r => r.Elements<Cell>().Any(c => (c.InlineString?.InnerText ?? c.CellValue?.Text) is { Length: > 0 })).Take(rows))
            {
                var cells = row.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").Where(t => t.Length > 0).Select(t => t.Length > 40 ? t[..40] + "…" : t);
                text.Append(CultureInfo.InvariantCulture, $"    {row.RowIndex}: {string.Join(" | ", cells)}\n");
            }
        }

        return text.ToString();
    }

    public byte[] Save()
    {
        _document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private void Cover(string field, string? value, DataType? type = null)
    {
        var sheet = Workbook.WorksheetParts.First(p => QuestionnaireLayout.IsHeader(Text(p, QuestionnaireLayout.HeaderRow, 1), "field"));
        var row = Enumerable.Range(QuestionnaireLayout.FirstAnswerRow, 20).First(r => Text(sheet, r, 1) == field);
        Set(sheet, row, 3, value, type ?? DataType.Text);
    }

    private void FillList(EvidenceItem item, ListValue list)
    {
        var sheet = Workbook.WorksheetParts.First(p => Text(p, QuestionnaireLayout.TitleRow, 1) == item.Key);
        var row = QuestionnaireLayout.FirstAnswerRow;
        foreach (var record in list.Items.Cast<RecordValue>())
        {
            foreach (var field in record.Fields)
            {
                var index = item.Type.FieldIndex(field.Name.Text);
                Set(sheet, row, index + 1, (field.Value as ScalarValue)?.Text, item.Type.Fields[index].Type);
            }

            row++;
        }
    }

    private Dictionary<string, (WorksheetPart, int)>? _keys;

    private (WorksheetPart Sheet, int Row)? FindRow(string key)
    {
        _keys ??= Workbook.WorksheetParts
            .Where(p => QuestionnaireLayout.IsHeader(Text(p, QuestionnaireLayout.HeaderRow, 1), "key"))
            .SelectMany(p => p.Worksheet.Descendants<Cell>()
                .Where(c => c.CellReference!.Value!.StartsWith('A') && char.IsAsciiDigit(c.CellReference.Value[1]) && c.InlineString is not null)
                .Select(c => (Key: c.InlineString!.InnerText, Part: p, Row: Parse(c.CellReference!.Value!).Row)))
            .GroupBy(k => k.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().Part, g.First().Row), StringComparer.Ordinal);
        return _keys.TryGetValue(key, out var found) ? found : null;
    }

    private static void Set(WorksheetPart sheet, int row, int column, string? text, DataType type)
    {
        if (text is null)
        {
            return;
        }

        var cell = CellAt(sheet, row, column);
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = null;
        switch (type.Kind)
        {
            case TypeKind.Integer or TypeKind.Number or TypeKind.Percentage when double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                cell.CellValue = new CellValue((text.EndsWith('%') ? number / 100 : number).ToString("R", CultureInfo.InvariantCulture));
                break;
            case TypeKind.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                cell.CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
                break;
            case TypeKind.Boolean when text is "true" or "false":
                // The drop-down's words are in the questionnaire's language; any of them reads back.
                WriteText(cell, text == "true" ? "yes" : "no");
                break;
            default:
                WriteText(cell, text);
                break;
        }
    }

    private static void WriteText(Cell cell, string text)
    {
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Cell CellAt(WorksheetPart sheet, int rowNumber, int column)
    {
        var data = sheet.Worksheet.GetFirstChild<SheetData>()!;
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == rowNumber);
        if (row is null)
        {
            row = new Row { RowIndex = (uint)rowNumber };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < rowNumber);
            if (after is null)
            {
                data.PrependChild(row);
            }
            else
            {
                after.InsertAfterSelf(row);
            }
        }

        var reference = SourceSpan.ColumnName(column) + rowNumber.ToString(CultureInfo.InvariantCulture);
        if (row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference) is { } existing)
        {
            return existing;
        }

        var cell = new Cell { CellReference = reference };
        var before = row.Elements<Cell>().FirstOrDefault(c => Parse(c.CellReference!.Value!).Column > column);
        if (before is null)
        {
            row.Append(cell);
        }
        else
        {
            before.InsertBeforeSelf(cell);
        }

        return cell;
    }

    private WorksheetPart Sheet(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)Workbook.GetPartById(sheet.Id!.Value!);
    }

    private string NameOf(WorksheetPart part) =>
        Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Id!.Value == Workbook.GetIdOfPart(part)).Name!.Value!;

    private static string Text(WorksheetPart part, int row, int column)
    {
        var reference = SourceSpan.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
        var cell = part.Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        return cell?.InlineString?.InnerText ?? cell?.CellValue?.Text ?? "";
    }

    private static (int Row, int Column) Parse(string reference)
    {
        var letters = new string([.. reference.TakeWhile(char.IsAsciiLetter)]);
        var column = letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
        return (int.Parse(reference[letters.Length..], CultureInfo.InvariantCulture), column);
    }
}
