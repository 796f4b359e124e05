using System.Globalization;
using Scriban.Runtime;

namespace SpmAudit.Reporting.Rendering;

/// <summary>Helpers templates may call. Every text from evidence or rulesets passes through one of them.</summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("md_cell", new Func<object?, string>(MarkdownCell));
        functions.Import("num", new Func<object?, string>(ReportModel.FormatNumber));
        functions.Import("pct", new Func<object?, string>(Percent));
        functions.Import("status_label", new Func<string?, string>(StatusLabel));
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

    public static string StatusLabel(string? status) => status switch
    {
        "met" => "met",
        "partial" => "partially met",
        "not_met" => "not met",
        "not_applicable" => "not applicable",
        "insufficient_evidence" => "insufficient evidence",
        _ => status ?? "",
    };
}
