using System.Globalization;
using System.Text;

namespace SpmAudit.Language.Diagnostics;

/// <summary>
/// Shows control characters that come from inputs as visible escapes (<c>\x1B</c>, <c>\u202E</c>)
/// in everything printed for a terminal or written as Markdown: an ESC or BEL in an evidence text
/// must not drive the reader's terminal, and a bidirectional override must not reorder what is shown.
/// Line feeds and tabs are kept: they are how text is laid out.
/// </summary>
public static class ControlCharacters
{
    /// <param name="text">What to show.</param>
    /// <param name="keepLineBreaks">False for what must stay on one line (a diagnostic): line feeds and tabs are escaped too.</param>
    public static string Escape(string text, bool keepLineBreaks = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToEscape(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c, keepLineBreaks))
            {
                escaped.Append(c);
            }
            else if (c <= '\u00FF')
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls (but line feed and tab), DEL, and the bidirectional embedding, override and isolate marks.</summary>
    public static bool NeedsEscape(char c, bool keepLineBreaks = true) =>
        (c < ' ' && !(keepLineBreaks && c is '\n' or '\t')) || (c >= '\u007F' && c <= '\u009F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static int FirstToEscape(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text[i], keepLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }
}
