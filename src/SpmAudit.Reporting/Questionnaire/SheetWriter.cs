using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>
/// Builds one worksheet: cells by row, a drop-down or range check per answer cell, widths fitted to
/// the text, row heights for wrapped text, the title and header rows frozen and repeated on every
/// printed page, landscape A4 fitted to the page width.
/// </summary>
internal sealed class SheetWriter(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
    private readonly Dictionary<(int Row, int Column), string> _texts = [];
    private readonly List<DataValidation> _validations = [];
    private readonly HashSet<int> _wrapped = [];

    public string Name { get; } = name;

    public int LastRow => _rows.Count == 0 ? 0 : _rows.Keys.Max();

    /// <summary>Column → (min, max) width; the text decides in between.</summary>
    public Dictionary<int, (double Min, double Max)> Bounds { get; } = [];

    public void Text(int row, int column, string? text, uint style)
    {
        if (string.IsNullOrEmpty(text))
        {
            Style(row, column, style);
            return;
        }

        Put(row, column, new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style });
        _texts[(row, column)] = text;
    }

    public void Number(int row, int column, double value, uint style) =>
        Put(row, column, new Cell { CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)), StyleIndex = style });

    /// <summary>An empty cell that still carries its style (the yellow of an answer).</summary>
    public void Style(int row, int column, uint style) => Put(row, column, new Cell { StyleIndex = style });

    public void Wrap(int column) => _wrapped.Add(column);

    /// <summary>A drop-down of fixed choices (skipped when they exceed the 255 characters a list may hold; the import still checks them).</summary>
    public void Choices(string cells, IEnumerable<string> choices, string prompt)
    {
        var list = string.Join(",", choices);
        if (list.Length > 250)
        {
            return;
        }

        Add(cells, DataValidationValues.List, null, $"\"{list}\"", null, prompt);
    }

    public void Range(string cells, DataValidationValues type, double? min, double? max, string prompt)
    {
        var (op, first, second) = (min, max) switch
        {
            ({ } low, { } high) => (DataValidationOperatorValues.Between, low, (double?)high),
            ({ } low, null) => (DataValidationOperatorValues.GreaterThanOrEqual, low, null),
            (null, { } high) => (DataValidationOperatorValues.LessThanOrEqual, high, null),
            _ => (DataValidationOperatorValues.Between, -1e15, 1e15),
        };
        Add(cells, type, op, first.ToString("R", CultureInfo.InvariantCulture), second?.ToString("R", CultureInfo.InvariantCulture), prompt);
    }

    /// <summary>A date after 1 January 1900: spreadsheets then offer their date picker and refuse other text.</summary>
    public void Date(string cells, string prompt) => Add(cells, DataValidationValues.Date, DataValidationOperatorValues.GreaterThan, "1", null, prompt);

    public static string Reference(int row, int column) => SourceSpan.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private void Add(string cells, DataValidationValues type, DataValidationOperatorValues? op, string formula1, string? formula2, string prompt)
    {
        var validation = new DataValidation
        {
            Type = type,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = cells },
            PromptTitle = Truncate(Name, 32),
            Prompt = Truncate(prompt, 255),
            ErrorTitle = Truncate(Name, 32),
            Error = Truncate(prompt, 225),
        };
        if (op is { } o)
        {
            validation.Operator = o;
        }

        validation.Append(new Formula1(formula1));
        if (formula2 is not null)
        {
            validation.Append(new Formula2(formula2));
        }

        _validations.Add(validation);
    }

    private void Put(int row, int column, Cell cell)
    {
        cell.CellReference = Reference(row, column);
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = cell;
    }

    public Worksheet Build(int frozenRows, int columns)
    {
        var widths = Enumerable.Range(1, columns).ToDictionary(c => c, c =>
        {
            var (min, max) = Bounds.GetValueOrDefault(c, (8, 40));
            return ColumnWidths.Fit(_texts.Where(t => t.Key.Column == c && t.Key.Row > QuestionnaireLayout.TitleRow).Select(t => t.Value), min, max);
        });
        var data = new SheetData();
        foreach (var (number, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)number };
            var lines = cells.Keys
                .Where(c => _wrapped.Contains(c) || number == QuestionnaireLayout.HeaderRow)
                .Select(c => _texts.TryGetValue((number, c), out var text) ? ColumnWidths.Lines(text, widths.GetValueOrDefault(c, 10)) : 1)
                .DefaultIfEmpty(1)
                .Max();
            if (lines > 1)
            {
                row.Height = Math.Min(15 * lines, 409);
                row.CustomHeight = true;
            }

            row.Append(cells.Values);
            data.Append(row);
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = frozenRows, TopLeftCell = Reference(frozenRows + 1, 1), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = Reference(frozenRows + 1, 1), SequenceOfReferences = new ListValue<StringValue> { InnerText = Reference(frozenRows + 1, 1) } })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            new Columns(widths.Select(w => new Column { Min = (uint)w.Key, Max = (uint)w.Key, Width = w.Value, CustomWidth = true })),
            data);
        if (_validations.Count > 0)
        {
            worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        }

        worksheet.Append(
            new PrintOptions { GridLines = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&L&A&RPage &P / &N")));
        return worksheet;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
