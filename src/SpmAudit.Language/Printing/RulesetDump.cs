using System.Globalization;
using System.Text;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Printing;

/// <summary>
/// A canonical text of a compiled model, independent of the front end and of source positions.
/// Two rulesets are the same model exactly when their dumps are equal; tests rely on it.
/// </summary>
public static class RulesetDump
{
    public static string Dump(Ruleset ruleset)
    {
        var text = new StringBuilder();
        var info = ruleset.Info;
        text.AppendLine(Invariant($"ruleset {info.Id} \"{info.Title}\" version {info.Version} follows {info.Follows ?? "-"} valid {info.ValidFrom?.ToString() ?? "-"}..{info.ValidTo?.ToString() ?? "-"}"));
        text.AppendLine($"levels {string.Join(" > ", ruleset.Levels)}");
        text.AppendLine(Invariant($"scale met={ruleset.Scale.Met} partial={ruleset.Scale.Partial} not_met={ruleset.Scale.NotMet}"));
        foreach (var band in ruleset.Grades.Bands)
        {
            text.AppendLine(Invariant($"grade {band.Grade} >= {band.MinScore}"));
        }

        foreach (var cap in ruleset.Grades.Caps)
        {
            text.AppendLine($"cap {cap.Grade} when {cap.Condition.Text}");
        }

        if (ruleset.Grades.MinimumCoverage is { } minimum)
        {
            text.AppendLine(Invariant($"minimum coverage {minimum}"));
        }

        var scoring = ruleset.Scoring;
        text.AppendLine($"scoring default={scoring.Default} missing={scoring.Missing} {string.Join(" ", scoring.ByLevel.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}");
        foreach (var certification in ruleset.Certifications)
        {
            text.AppendLine($"certification {certification.Id} \"{certification.Title}\" valid {certification.ValidYears} pass {certification.Pass?.Text}");
            foreach (var tier in certification.Tiers)
            {
                text.AppendLine($"  tier {tier.Name} when {tier.Condition.Text}");
            }
        }

        foreach (var parameter in ruleset.Parameters.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.AppendLine(Invariant($"parameter {parameter.Name}: {parameter.Type} = {parameter.Value} \"{parameter.Description}\""));
        }

        foreach (var item in ruleset.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.AppendLine(Invariant($"evidence {item.Key}: {item.Type} range {item.Min}..{item.Max} unit \"{item.Unit}\" question \"{item.Question}\"{(item.Required is { } r ? $" required for {r}" : "")}{(item.ValidForMonths is { } m ? $" valid {m} months" : "")}"));
        }

        // A metric's shape: its tables, groups and pairing (its expressions reach the SQL, which the engine's tests compare).
        foreach (var metric in ruleset.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var pairing = metric.Pairing is { } p
                ? Invariant($" pair {string.Join(", ", p.Key.Select(k => k.Column.Name))} by {p.Round.Column.Name} from {p.Earlier.Value} to {p.Later.Value}")
                : "";
            text.AppendLine($"metric {metric.Key} from {metric.From.Name} join [{string.Join(", ", metric.Joins.Select(j => j.Name))}] by [{string.Join(", ", metric.GroupBy.Select(g => g.Column.Name))}]{pairing} value {metric.ValueType}");
        }

        foreach (var node in ruleset.Nodes)
        {
            DumpNode(text, node, 0);
        }

        foreach (var (language, entries) in ruleset.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            foreach (var (id, translation) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                text.AppendLine($"translation {language} {id} \"{translation.Title}\" guidance \"{translation.Guidance}\"");
            }
        }

        return text.ToString();
    }

    private static void DumpNode(StringBuilder text, RuleNode node, int indent)
    {
        var pad = new string(' ', indent * 2);
        text.AppendLine(Invariant($"{pad}{node.Level} {node.Id} \"{node.Title}\" weight {node.Weight}"));
        if (node.Rule is { } rule)
        {
            text.AppendLine($"{pad}  critical {rule.Critical}");
            if (rule.Required is { } required)
            {
                text.AppendLine($"{pad}  required for {required}");
            }

            text.AppendLine($"{pad}  guidance \"{rule.Guidance}\"");
            if (rule.Applies is not null)
            {
                text.AppendLine($"{pad}  applies {BoundExpressionPrinter.Print(rule.Applies)}");
            }

            foreach (var let in rule.Lets)
            {
                text.AppendLine($"{pad}  let {let.Name} = {BoundExpressionPrinter.Print(let.Value)}");
            }

            text.AppendLine($"{pad}  met {(rule.TopLevel is { } top ? $"(level {top}) " : "")}{BoundExpressionPrinter.Print(rule.Met)}");
            foreach (var level in rule.LowerLevels)
            {
                text.AppendLine($"{pad}  level {level.Level} points {level.Points} {BoundExpressionPrinter.Print(level.Condition)}");
            }

            if (rule.Partial is not null)
            {
                text.AppendLine($"{pad}  partial {BoundExpressionPrinter.Print(rule.Partial)}");
            }
        }

        foreach (var child in node.Children)
        {
            DumpNode(text, child, indent + 1);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
