using System.Globalization;
using System.Text;
using SpmAudit.Engine.Analysis;
using SpmAudit.Language.Crosswalks;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Json;

namespace SpmAudit.Reporting.Crosswalks;

/// <summary>
/// 'spm-audit crosswalk' output: the share of the target ruleset answerable from the evidence of
/// the source, the indicators the crosswalk maps, and what the target still needs, key by key.
/// Text for the terminal, Markdown and a stable JSON document.
/// </summary>
public static class CrosswalkReport
{
    public static IReadOnlyList<string> Formats { get; } = ["text", "md", "json"];

    public static string Render(CrosswalkCoverage coverage, string format)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return format switch
        {
            "json" => AuditJsonWriter.Write(Document(coverage)),
            "md" => Markdown(coverage),
            _ => Text(coverage),
        };
    }

    private static string Name(Language.Model.Ruleset ruleset) => $"{ruleset.Info.Id} {ruleset.Info.Version}";

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Text(CrosswalkCoverage c)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Name(c.From)} → {Name(c.To)} ({c.Basis})\n");
        if (c.Map is { } map)
        {
            text.Append(CultureInfo.InvariantCulture, $"crosswalk: {map.Path} ({map.Indicators.Length} indicator and {map.Evidence.Length} evidence mappings)\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"answerable: {c.Answerable} of {c.Indicators.Length} indicators of {c.To.Info.Id} ({Percent(c.Share)})\n");
        if (c.Map is { Indicators.IsEmpty: false })
        {
            var relations = c.Indicators.SelectMany(i => i.Counterparts).GroupBy(m => m.Relation).OrderBy(g => g.Key)
                .Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}");
            text.Append(CultureInfo.InvariantCulture, $"mapped: {c.Indicators.Count(i => !i.Counterparts.IsEmpty)} indicators have a counterpart ({c.Indicators.Sum(i => i.Counterparts.Length)} mappings: {string.Join(", ", relations)})\n");
        }

        var waiting = c.Indicators.Where(i => !i.Missing.IsEmpty).ToList();
        if (waiting.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"still needed ({c.MissingKeys.Length} keys for {waiting.Count} indicators):\n");
            foreach (var indicator in waiting)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {indicator.Indicator.Id}: {string.Join(", ", indicator.Missing)}\n");
            }
        }

        return text.ToString();
    }

    private static string Markdown(CrosswalkCoverage c)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {Cell(c.To.Info.Title)} from the evidence of {Cell(c.From.Info.Title)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{Name(c.From)} → {Name(c.To)}, {c.Basis}");
        md.Append(c.Map is { } map ? $"; crosswalk `{map.Path}`.\n\n" : ".\n\n");
        md.Append(CultureInfo.InvariantCulture, $"**{c.Answerable} of {c.Indicators.Length} indicators answerable ({Percent(c.Share)}).**\n\n");
        md.Append("| Indicator | Answerable | Counterparts | Still needed |\n|---|---|---|---|\n");
        foreach (var i in c.Indicators)
        {
            var counterparts = string.Join(", ", i.Counterparts.Select(m => $"{m.From} ({m.Relation.ToString().ToLowerInvariant()})"));
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(i.Indicator.Id)} {Cell(i.Indicator.Title)} | {(i.Missing.IsEmpty ? "yes" : "no")} | {Cell(counterparts)} | {Cell(string.Join(", ", i.Missing))} |\n");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static DocumentObject Document(CrosswalkCoverage c) => new DocumentObject()
        .Add("from", Side(c.From))
        .Add("to", Side(c.To))
        .Add("basis", c.Basis)
        .Add("crosswalk", c.Map?.Path)
        .Add("indicators", c.Indicators.Length)
        .Add("answerable", c.Answerable)
        .Add("share", ResultDocument.Round(c.Share))
        .Add("byIndicator", new DocumentArray(c.Indicators.Select(i => (object?)new DocumentObject()
            .Add("id", i.Indicator.Id)
            .Add("answerable", i.Missing.IsEmpty)
            .Add("answeredBy", new DocumentArray(i.Answered.Select(a => (object?)new DocumentObject()
                .Add("key", a.Key)
                .Add("from", a.From)
                .Add("conversion", a.Conversion?.Describe()))))
            .Add("missing", ResultDocument.Strings(i.Missing))
            .Add("counterparts", new DocumentArray(i.Counterparts.Select(m => (object?)new DocumentObject()
                .Add("id", m.From)
                .Add("relation", m.Relation.ToString().ToLowerInvariant())
                .Add("note", m.Note)))))))
        .Add("missingKeys", new DocumentArray(c.MissingKeys.Select(k => (object?)new DocumentObject()
            .Add("key", k.Key)
            .Add("indicators", ResultDocument.Strings(k.Indicators)))));

    private static DocumentObject Side(Language.Model.Ruleset ruleset) =>
        new DocumentObject().Add("id", ruleset.Info.Id).Add("version", ruleset.Info.Version).Add("title", ruleset.Info.Title);
}
