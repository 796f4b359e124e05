using System.Collections.Immutable;
using System.Text;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// A CSV file as rows of cells (RFC 4180: commas, double quotes around cells that hold commas,
/// quotes or line breaks, "" for a quote inside them). CR, LF and CRLF all end a line. Every cell
/// knows where it was written, down to each character, so a mistake inside a cell (in JSON, say)
/// is reported at its line and column in the file.
/// </summary>
public sealed class CsvTable
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    private CsvTable(string path, string text, ImmutableArray<CsvRow> rows, int[] lineStarts)
    {
        Path = path;
        _text = text;
        Rows = rows;
        _lineStarts = lineStarts;
    }

    public string Path { get; }

    /// <summary>The non-empty rows, in file order.</summary>
    public ImmutableArray<CsvRow> Rows { get; }

    /// <summary>Parses the text; an unclosed quote is reported and ends the table there.</summary>
    public static CsvTable Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var lineStarts = LineStarts(text);
        var rows = ImmutableArray.CreateBuilder<CsvRow>();
        var cells = new List<CsvCell>();
        var cell = new StringBuilder();
        var i = 0;
        var rowStart = 0;
        while (i <= text.Length)
        {
            var start = i;
            var quoted = i < text.Length && text[i] == '"';
            cell.Clear();
            if (quoted)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        var table = new CsvTable(path, text, rows.ToImmutable(), lineStarts);
                        diagnostics.Add(DiagnosticCatalog.CsvMalformed(table.Position(start), "a quoted cell is not closed; close it with '\"' (a quote inside a cell is written \"\")"));
                        return table;
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    var table = new CsvTable(path, text, rows.ToImmutable(), lineStarts);
                    diagnostics.Add(DiagnosticCatalog.CsvMalformed(table.Position(i), "text follows the closing quote of a cell; put the whole cell in quotes"));
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        i++;
                    }
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    cell.Append(text[i++]);
                }
            }

            if (cell.Length > Language.Inputs.InputLimits.MaxTextLength)
            {
                var table = new CsvTable(path, text, rows.ToImmutable(), lineStarts);
                diagnostics.Add(DiagnosticCatalog.TextTooLong(table.Position(start), Language.Inputs.InputLimits.MaxTextLength));
                return table;
            }

            cells.Add(new CsvCell(cell.ToString(), start, quoted));
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            // End of a line (or of the file): a row unless it was empty.
            if (cells.Count > 1 || cells[0].Text.Length > 0 || cells[0].Quoted)
            {
                rows.Add(new CsvRow(rowStart, [.. cells]));
            }

            cells.Clear();
            if (i >= text.Length)
            {
                break;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            rowStart = i;
        }

        return new CsvTable(path, text, rows.ToImmutable(), lineStarts);
    }

    /// <summary>Where a character of the file is, as line and column.</summary>
    public SourceSpan Position(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(Path, line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>Where the cell starts.</summary>
    public SourceSpan Position(CsvCell cell) => Position(cell.Offset);

    /// <summary>Where character <paramref name="index"/> of the cell's text was written (quotes and "" escapes accounted for).</summary>
    public SourceSpan Position(CsvCell cell, int index)
    {
        var raw = cell.Offset + (cell.Quoted ? 1 : 0);
        for (var k = 0; k < index && raw < _text.Length; k++)
        {
            raw += cell.Quoted && _text[raw] == '"' ? 2 : 1;
        }

        return Position(raw);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}

/// <summary>One row: where it starts and its cells.</summary>
public sealed record CsvRow(int Offset, ImmutableArray<CsvCell> Cells)
{
    public CsvCell? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;
}

/// <summary>A cell's text (quotes removed, "" as one quote) and where it starts in the file.</summary>
public sealed record CsvCell(string Text, int Offset, bool Quoted);
