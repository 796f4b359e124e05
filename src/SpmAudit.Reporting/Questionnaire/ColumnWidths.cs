using System.Globalization;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>
/// Column widths and row heights from the text alone, without measuring fonts: each character is
/// counted at an estimate of its width in the default font (narrow punctuation and i, l at half a
/// digit, capitals and m, w wider, East Asian characters double), in the spreadsheet's width unit
/// (one digit of the default font).
/// </summary>
public static class ColumnWidths
{
    /// <summary>Padding spreadsheets add around a cell's text, in digit widths.</summary>
    private const double Padding = 1.5;

    /// <summary>The width of a single line of text, in digit widths.</summary>
    public static double TextWidth(string text)
    {
        double width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += rune.Value switch
            {
                'i' or 'j' or 'l' or 'I' or '.' or ',' or ';' or ':' or '\'' or '!' or '|' or ' ' or '(' or ')' or 'f' or 't' or 'r' => 0.55,
                'm' or 'w' or 'M' or 'W' or '@' or '%' => 1.45,
                >= 'A' and <= 'Z' => 1.15,
                >= 0x1100 when CharUnicodeInfo.GetUnicodeCategory(rune.Value) == UnicodeCategory.OtherLetter && rune.Value >= 0x2E80 => 2,
                _ => 1,
            };
        }

        return width;
    }

    /// <summary>The width that shows the longest of the texts on one line, kept between the bounds.</summary>
    public static double Fit(IEnumerable<string> texts, double min, double max)
    {
        var widest = texts.SelectMany(t => t.Split('\n')).Select(TextWidth).DefaultIfEmpty(0).Max();
        return Math.Round(Math.Clamp(widest + Padding, min, max), 1);
    }

    /// <summary>How many lines a text takes when wrapped in a column of the given width (words are not split).</summary>
    public static int Lines(string text, double columnWidth)
    {
        var usable = Math.Max(columnWidth - Padding, 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            double line = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var width = TextWidth(word);
                if (line > 0 && line + 0.55 + width > usable)
                {
                    lines++;
                    line = 0;
                }

                line += (line > 0 ? 0.55 : 0) + width;
                while (line > usable)
                {
                    // A word longer than the column breaks where the column ends.
                    lines++;
                    line -= usable;
                }
            }
        }

        return Math.Max(lines, 1);
    }
}
