using System.Globalization;
using System.Text;
using Scriban.Runtime;

namespace SpmAudit.Reporting.Rendering;

/// <summary>Helpers templates may call. Every text from evidence or rulesets passes through one of them.</summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(ScriptObject labels)
    {
        var functions = new ScriptObject();
        functions.Import("md_cell", new Func<object?, string>(MarkdownCell));
        functions.Import("h", new Func<object?, string>(Html));
        functions.Import("num", new Func<object?, string>(ReportModel.FormatNumber));
        functions.Import("pct", new Func<object?, string>(Percent));
        functions.Import("status_label", new Func<string?, string>(status => Term(labels, "status_names", status)));
        functions.Import("term", new Func<string?, string, string>((code, table) => Term(labels, table, code)));
        functions.Import("evidence_value", new Func<ScriptObject, string>(use => EvidenceValue(labels, use)));
        return functions;
    }

    /// <summary>Text safe inside a Markdown table cell: no pipes, no line breaks, no raw HTML.</summary>
    public static string MarkdownCell(object? value)
    {
        return Plain(value)
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
    }

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

    public static string Percent(object? value) => value is double d ? (d * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>A code of the JSON document (status, assessment type, cap trigger) in the report's language; unknown codes print as they are.</summary>
    public static string Term(ScriptObject labels, string table, string? code) =>
        code is not null && labels[table] is ScriptObject terms && terms[code] is string word ? word : code ?? "";

    /// <summary>
    /// An evidence value as the report prints it: the JSON's display text, except that a yes/no value
    /// is said in the report's language. (Yes/no inside records stays as the JSON displays it.)
    /// </summary>
    public static string EvidenceValue(ScriptObject labels, ScriptObject use) => use["value"] switch
    {
        bool b => labels[b ? "yes" : "no"] as string ?? (b ? "yes" : "no"),
        _ => use["display"] as string ?? "",
    };
}
