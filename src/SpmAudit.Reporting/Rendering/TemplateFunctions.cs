using System.Globalization;
using System.Text;
using Scriban.Runtime;
using SpmAudit.Reporting.Localization;

namespace SpmAudit.Reporting.Rendering;

/// <summary>Helpers templates may call. Every text from evidence or rulesets passes through one of them.</summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(ScriptObject labels, ReportLanguage language, IReadOnlyDictionary<string, int>? tocPages = null)
    {
        var functions = new ScriptObject();
        functions.Import("md_cell", new Func<object?, string>(MarkdownCell));
        functions.Import("h", new Func<object?, string>(Html));
        functions.Import("css_string", new Func<object?, string>(CssString));
        functions.Import("num", new Func<object?, string>(value => value is double d ? language.Number(d) : ReportModel.FormatNumber(value)));
        // Geometry (SVG coordinates, CSS widths) is always invariant, whatever the report's language.
        functions.Import("coord", new Func<object?, string>(ReportModel.FormatNumber));
        functions.Import("pct", new Func<object?, string>(value => value is double d ? language.Percent(d, 1) : "–"));
        functions.Import("date", new Func<object?, string>(value => language.Date(value as string)));
        functions.Import("status_label", new Func<string?, string>(status => Term(labels, "status_names", status)));
        functions.Import("term", new Func<string?, string, string>((code, table) => Term(labels, table, code)));
        functions.Import("level_name", new Func<string?, string>(level => Term(labels, "levels", level)));
        functions.Import("fill", new Func<string?, ScriptObject, string>(Fill));
        functions.Import("evidence_value", new Func<ScriptObject, string>(use => use["shown"] as string ?? use["display"] as string ?? ""));
        functions.Import("wrap", new Func<object?, int, ScriptArray>((text, width) => [.. Wrap(Plain(text), width)]));
        functions.Import("page_counter", new Func<string>(() => PageCounter(language.Text("page_of"))));
        functions.Import("toc_page", new Func<string?, string>(id => id is not null && tocPages is not null && tocPages.TryGetValue(id, out var page) ? page.ToString(CultureInfo.InvariantCulture) : ""));
        return functions;
    }

    /// <summary>Text safe anywhere in Markdown, table cells included: see <see cref="MarkdownText"/>.</summary>
    public static string MarkdownCell(object? value) => MarkdownText.Escape(Plain(value));

    /// <summary>
    /// Text safe in HTML element content and in quoted attribute values. Only the five significant
    /// characters are replaced, so accented names stay readable in the source.
    /// </summary>
    public static string Html(object? value)
    {
        var text = Plain(value);
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    /// <summary>
    /// A quoted CSS string (for the running headers of printed pages): every character outside
    /// letters, digits and spaces is a CSS escape, so no text can close the string or the style element.
    /// </summary>
    public static string CssString(object? value)
    {
        var css = new StringBuilder("\"");
        foreach (var c in Plain(value))
        {
            if (char.IsLetterOrDigit(c) || c == ' ')
            {
                css.Append(c);
            }
            else
            {
                css.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.Append('"').ToString();
    }

    /// <summary>"Page {page} of {pages}" as CSS content: the label's text around the page counters.</summary>
    public static string PageCounter(string label)
    {
        var parts = new List<string>();
        var rest = label;
        while (rest.Length > 0)
        {
            var next = rest.IndexOf('{', StringComparison.Ordinal);
            var end = next < 0 ? -1 : rest.IndexOf('}', next);
            if (next < 0 || end < 0)
            {
                parts.Add(CssString(rest));
                break;
            }

            if (next > 0)
            {
                parts.Add(CssString(rest[..next]));
            }

            parts.Add(rest[(next + 1)..end] == "pages" ? "counter(pages)" : "counter(page)");
            rest = rest[(end + 1)..];
        }

        return string.Join(' ', parts);
    }

    /// <summary>A label with named holes filled from an object: <c>fill labels.x { grade: "A" }</c>.</summary>
    public static string Fill(string? template, ScriptObject values) =>
        ReportLanguage.Fill(template ?? "", [.. values.Select(p => (p.Key, Plain(p.Value)))]);

    /// <summary>Words broken into lines of at most <paramref name="width"/> characters (a longer word gets a line of its own, never cut).</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>A value as plain text; lists of records read "field: value, field: value; next record".</summary>
    public static string Plain(object? value) => value switch
    {
        null => "",
        double d => ReportModel.FormatNumber(d),
        bool b => b ? "true" : "false",
        ScriptArray array => string.Join("; ", array.Select(Plain)),
        ScriptObject record => string.Join(", ", record.Select(p => $"{p.Key}: {Plain(p.Value)}")),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A code of the JSON document (status, assessment type, cap trigger, level) in the report's language; unknown codes print as they are.</summary>
    public static string Term(ScriptObject labels, string table, string? code) =>
        code is not null && labels[table] is ScriptObject terms && terms[code] is string word ? word : code ?? "";
}
