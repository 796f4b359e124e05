using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SpmAudit.Reporting.Localization;

/// <summary>
/// One report language as code reads it: its label table (labels-&lt;lang&gt;.json) with numbers,
/// percentages and dates written the way that language writes them. Templates see the same table
/// through <see cref="ReportLabels"/>; sentences built in code (reasons, summaries) come from here.
/// </summary>
internal sealed class ReportLanguage
{
    private readonly JsonElement _root;

    private ReportLanguage(string code, JsonElement root)
    {
        Code = code;
        _root = root;
    }

    public string Code { get; }

    public static ReportLanguage For(string language) => new(language, ReportLabels.Table(language));

    /// <summary>A label by its path (<c>"reasons", "met"</c>); a missing label is a bug in the tables, which a test prevents.</summary>
    public string Text(params string[] path)
    {
        var element = _root;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                throw new InvalidOperationException($"labels-{Code}.json has no '{string.Join(".", path)}'.");
            }
        }

        return element.GetString() ?? "";
    }

    /// <summary>A label of a table of codes (status_names, levels…), or null when the table does not know the code.</summary>
    public string? Term(string table, string code) =>
        _root.TryGetProperty(table, out var terms) && terms.ValueKind == JsonValueKind.Object && terms.TryGetProperty(code, out var word) ? word.GetString() : null;

    /// <summary>A template with named holes: <c>Format("{n} days", ("n", "3"))</c>.</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        var text = new StringBuilder(template);
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", value);
        }

        return text.ToString();
    }

    public string Fill(string[] path, params (string Name, string Value)[] values) => Fill(Text(path), values);

    /// <summary>Up to <paramref name="decimals"/> decimals, grouped by thousands, with this language's separators.</summary>
    public string Number(double value, int decimals = 2)
    {
        var format = "#,0." + new string('#', decimals);
        var invariant = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture);
        var group = Text("number", "group");
        var point = Text("number", "decimal");
        var text = new StringBuilder(invariant.Length + 4);
        foreach (var c in invariant)
        {
            text.Append(c switch { ',' => group, '.' => point, _ => c.ToString() });
        }

        return text.ToString();
    }

    /// <summary>A fraction as a percentage: 0.7 is "70%" in English, "70 %" in French.</summary>
    public string Percent(double fraction, int decimals = 2) => Fill(Text("number", "percent"), ("n", Number(fraction * 100, decimals)));

    /// <summary>A yyyy-MM-dd date in words: "12 March 2026", "12 mars 2026", "12 de marzo de 2026"; other text is returned as it is.</summary>
    public string Date(string? iso)
    {
        if (iso is null || !DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return iso ?? "";
        }

        return Fill(Text("date_format"),
            ("day", date.Day.ToString(CultureInfo.InvariantCulture)),
            ("month", Text("months", date.Month.ToString(CultureInfo.InvariantCulture))),
            ("year", date.Year.ToString(CultureInfo.InvariantCulture)));
    }

    public string YesNo(bool value) => Text(value ? "yes" : "no");

    /// <summary>A code of a ruleset (a choice, a let's name, an evidence key's last part) as words: "all_goals" reads "all goals".</summary>
    public static string Words(string code)
    {
        var last = code.LastIndexOf('.');
        return (last >= 0 ? code[(last + 1)..] : code).Replace('_', ' ');
    }
}
