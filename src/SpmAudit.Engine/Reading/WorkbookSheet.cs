using System.Collections.Frozen;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// One sheet of a workbook as text cells: what a person sees, whichever program saved it. Numbers
/// are written in their shortest invariant form, dates (a number with a date format, or an ISO
/// date cell) as YYYY-MM-DD, booleans as true/false; formula cells give their last computed value.
/// </summary>
public sealed class WorkbookSheet
{
    private readonly FrozenDictionary<(int Row, int Column), string> _cells;

    private WorkbookSheet(string path, string name, FrozenDictionary<(int, int), string> cells, FrozenSet<int> hiddenColumns)
    {
        Path = path;
        Name = name;
        _cells = cells;
        HiddenColumns = hiddenColumns;
    }

    public string Path { get; }

    public string Name { get; }

    public FrozenSet<int> HiddenColumns { get; }

    /// <summary>The rows holding at least one non-empty cell, in order.</summary>
    public IEnumerable<int> Rows => _cells.Keys.Select(k => k.Row).Distinct().Order();

    /// <summary>The cell's text, trimmed; empty when the cell is empty or absent.</summary>
    public string this[int row, int column] => _cells.TryGetValue((row, column), out var text) ? text : "";

    public int LastColumn(int row) => _cells.Keys.Where(k => k.Row == row).Select(k => k.Column).DefaultIfEmpty(0).Max();

    public SourceSpan At(int row, int column) => SourceSpan.Cell(Path, Name, row, column);

    public DocumentText? Text(int row, int column) => this[row, column] is { Length: > 0 } text ? new DocumentText(At(row, column), text) : null;

    internal static WorkbookSheet Read(string path, string name, WorksheetPart part, SharedStringTablePart? strings, CellStyles styles)
    {
        var cells = new Dictionary<(int, int), string>();
        var shared = strings?.SharedStringTable.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var rowNumber = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var columnNumber = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                columnNumber = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : columnNumber + 1;
                var text = Text(cell, shared, styles).Trim();
                if (text.Length > 0)
                {
                    cells[(rowNumber, columnNumber)] = text;
                }
            }
        }

        var hidden = new HashSet<int>();
        foreach (var column in part.Worksheet.Descendants<Column>().Where(c => c.Hidden?.Value == true || c.Width?.Value == 0))
        {
            for (var c = (int)(column.Min?.Value ?? 0); c <= (int)(column.Max?.Value ?? 0) && c < 1000; c++)
            {
                hidden.Add(c);
            }
        }

        return new WorkbookSheet(path, name, cells.ToFrozenDictionary(), hidden.ToFrozenSet());
    }

    private static string Text(Cell cell, string[] shared, CellStyles styles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? ItemText(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw is "1" or "true" ? "true" : "false";
        }

        if (type == CellValues.Date)
        {
            return raw.Length >= 10 ? raw[..10] : raw;
        }

        if (type == CellValues.String || type == CellValues.Error || raw.Length == 0)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        if (cell.StyleIndex?.Value is { } style && styles.Dates.Contains(style) && number is >= 1 and < 2958466)
        {
            return DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (cell.StyleIndex?.Value is { } shown && styles.Percentages.Contains(shown) && Math.Abs(number) < 1e12)
        {
            // The cell shows 142%: say so, rather than a bare 1.42 that reads as a mistyped percentage.
            return ((decimal)number * 100).ToString("0.############", CultureInfo.InvariantCulture) + "%";
        }

        // The shortest text that reads back as the same double: 0.61 stays 0.61 whatever the program wrote.
        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A shared or inline string: its plain text, or its runs of rich text, never the phonetic guides.</summary>
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain)
        {
            return plain.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
    }

    /// <summary>"D14" → 4.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column;
    }

    /// <summary>The cell formats (style indexes) that show a number as a date, and those that show it as a percentage.</summary>
    internal static CellStyles Styles(WorkbookStylesPart? styles)
    {
        var custom = styles?.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        var dates = new HashSet<uint>();
        var percentages = new HashSet<uint>();
        var formats = styles?.Stylesheet.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            var code = custom.GetValueOrDefault(id);
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || (code is not null && Outside(code, "yYdDmM")))
            {
                dates.Add((uint)i);
            }
            else if (id is 9 or 10 || (code is not null && Outside(code, "%")))
            {
                percentages.Add((uint)i);
            }
        }

        return new CellStyles(dates.ToFrozenSet(), percentages.ToFrozenSet());
    }

    /// <summary>Whether a format code uses one of the characters outside quotes, brackets and escapes (a date: y, m or d; a percentage: %).</summary>
    private static bool Outside(string code, string characters)
    {
        var inQuotes = false;
        var inBrackets = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == '[')
            {
                inBrackets = true;
            }
            else if (inBrackets && c == ']')
            {
                inBrackets = false;
            }
            else if (!inQuotes && !inBrackets && c == '\\')
            {
                i++;
            }
            else if (!inQuotes && !inBrackets && characters.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The style indexes of a workbook whose number format shows a date, or a percentage.</summary>
internal sealed record CellStyles(FrozenSet<uint> Dates, FrozenSet<uint> Percentages);
