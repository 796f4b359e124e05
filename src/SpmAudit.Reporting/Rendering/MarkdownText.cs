using System.Text;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Reporting.Rendering;

/// <summary>
/// Text from a ruleset or an evidence pack made inert in Markdown: it reads as the same words in
/// any renderer and can never become a link, an image, raw HTML, a heading, a list or a table
/// column. Control characters are shown escaped, as on the terminal.
/// </summary>
public static class MarkdownText
{
    /// <summary>Characters that CommonMark gives a meaning anywhere in a line; each is backslash-escaped.</summary>
    private const string Inline = "\\`*[]|~";

    /// <summary>One line of safe Markdown: line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
        var markdown = new StringBuilder(line.Length + 16);
        var start = LeadingSpaces(line);
        var listMarker = OrderedListMarker(line, start);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (Inline.Contains(c, StringComparison.Ordinal)
                || (c == '_' && !(IsWordAt(line, i - 1) && IsWordAt(line, i + 1)))
                || (c == '!' && i + 1 < line.Length && line[i + 1] == '[')
                || (i == start && line[i] is '#' or '-' or '+' or '=')
                || i == listMarker)
            {
                markdown.Append('\\').Append(c);
            }
            else if (c == '<')
            {
                markdown.Append("&lt;");
            }
            else if (c == '>')
            {
                markdown.Append("&gt;");
            }
            else if (c == '&' && IsEntity(line, i))
            {
                // "&lt;" typed by a person is shown as those four characters, not as "<".
                markdown.Append("&amp;");
            }
            else
            {
                markdown.Append(c);
            }
        }

        return ControlCharacters.Escape(markdown.ToString(), keepLineBreaks: false);
    }

    private static bool IsWordAt(string text, int i) => i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]);

    private static int LeadingSpaces(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// "1." or "12)" opening the text would start a numbered list: the position of its '.' or ')',
    /// which is escaped (a backslash before a digit would print), or -1.
    /// </summary>
    private static int OrderedListMarker(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 9 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > i && j < text.Length && text[j] is '.' or ')' && (j + 1 == text.Length || text[j + 1] == ' ') ? j : -1;
    }

    /// <summary>Whether an HTML character reference (&amp;name; or &amp;#123;) starts at <paramref name="i"/>.</summary>
    private static bool IsEntity(string text, int i)
    {
        var j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
        }

        var start = j;
        while (j < text.Length && j - start < 32 && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        return j > start && j < text.Length && text[j] == ';';
    }
}
