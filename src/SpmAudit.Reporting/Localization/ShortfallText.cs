using System.Globalization;
using System.Text.RegularExpressions;

namespace SpmAudit.Reporting.Localization;

/// <summary>
/// Says a certification shortfall in a report language. The engine writes shortfalls as English
/// sentences of a few fixed forms (Outcomes/OutcomeEvaluator): "standard CP2 is partially met",
/// "CP5.4 is not met", "score >= 80 does not hold (score is 72.5)", "no tier's condition holds".
/// Each form is read back here; a condition's own text is the ruleset's and is quoted as written.
/// A sentence of no known form is printed as it is.
/// </summary>
internal sealed partial class ShortfallText(ReportLanguage language)
{
    private static readonly Dictionary<string, string> StatusByWords = new(StringComparer.Ordinal)
    {
        ["met"] = "met",
        ["partially met"] = "partial",
        ["not met"] = "not_met",
        ["not applicable"] = "not_applicable",
        ["without sufficient evidence"] = "insufficient_evidence",
    };

    public string Say(string shortfall)
    {
        ArgumentNullException.ThrowIfNull(shortfall);
        if (shortfall == "no tier's condition holds")
        {
            return language.Text("shortfalls_said", "no_tier");
        }

        if (NotCertifiable().Match(shortfall) is { Success: true } refused)
        {
            string Type(string name) => language.Term("assessment_types", name) ?? name;
            return language.Fill(["shortfalls_said", "not_certifiable"],
                ("assessment", Type(refused.Groups["assessment"].Value)),
                ("needed", string.Join(" / ", refused.Groups["needed"].Value.Split(" or ").Select(Type))));
        }

        if (shortfall.StartsWith("none of: ", StringComparison.Ordinal))
        {
            var items = shortfall["none of: ".Length..].Split("; ").Select(Say);
            return language.Fill(["shortfalls_said", "none_of"], ("items", string.Join(language.Text("reasons", "fact_separator"), items)));
        }

        if (NodeStatus().Match(shortfall) is { Success: true } node && StatusByWords.TryGetValue(node.Groups["words"].Value, out var status))
        {
            var level = node.Groups["level"].Success ? language.Term("levels", node.Groups["level"].Value) ?? node.Groups["level"].Value : null;
            var name = level is null ? node.Groups["id"].Value : $"{level} {node.Groups["id"].Value}";
            return language.Fill(["shortfalls_said", "node_status"], ("node", name), ("status", language.Term("status_names", status) ?? status));
        }

        if (Fails().Match(shortfall) is { Success: true } fails)
        {
            var condition = language.Fill(["reasons", "quoted"], ("text", fails.Groups["condition"].Value));
            var why = fails.Groups["why"];
            if (!why.Success)
            {
                return language.Fill(["shortfalls_said", "fails"], ("condition", condition));
            }

            if (why.Value.StartsWith("nothing there applies", StringComparison.Ordinal))
            {
                return language.Fill(["shortfalls_said", "fails_nothing"], ("condition", condition));
            }

            if (Measured().Match(why.Value) is { Success: true } measured
                && double.TryParse(measured.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                var coverage = measured.Groups["what"].Value == "coverage";
                return language.Fill(["shortfalls_said", coverage ? "fails_coverage" : "fails_score"],
                    ("condition", condition), ("value", coverage ? language.Percent(value / 100) : language.Number(value)));
            }
        }

        return shortfall;
    }

    [GeneratedRegex(@"^(?:(?<level>[a-z][a-z_]*) )?(?<id>\S+) is (?<words>met|partially met|not met|not applicable|without sufficient evidence)$")]
    private static partial Regex NodeStatus();

    [GeneratedRegex(@"^not certifiable: (?<assessment>\S+) \(this certification is decided on an (?<needed>.+)\)$")]
    private static partial Regex NotCertifiable();

    [GeneratedRegex(@"^(?<condition>.+?) does not hold(?: \((?<why>.*)\))?$")]
    private static partial Regex Fails();

    [GeneratedRegex(@"^(?<what>score|coverage) is (?<value>-?[0-9.]+)%?$")]
    private static partial Regex Measured();
}
