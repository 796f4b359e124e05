using System.Globalization;
using System.Text;

namespace SpmAudit.Benchmarks.Synthetic;

/// <summary>
/// Writes a DSL ruleset of N indicators, grouped four levels deep like the Universal Standards
/// (dimension > standard > practice > indicator: 4 indicators per practice, 2 practices per standard,
/// 5 standards per dimension), with its own evidence dictionary. One file, so it converts to YAML whole.
/// </summary>
internal static class SyntheticRuleset
{
    private const int IndicatorsPerPractice = 4;
    private const int PracticesPerStandard = 2;
    private const int StandardsPerDimension = 5;

    public static string Dsl(int indicators)
    {
        var text = new StringBuilder();
        text.Append($$"""
            ruleset synthetic-{{indicators}} "Synthetic ruleset of {{indicators}} indicators"
              version "1.0.0"
              follows "SpmAudit benchmark generator, shaped like the Universal Standards"
              levels dimension > standard > practice > indicator

            {{SyntheticParameters.Declarations}}

            scale { met = 1, partial = 0.5, not_met = 0 }

            grades {
              "A" >= 85
              "B" >= 70
              "C" >= 55
              "D" >= 0
              cap "C" when any critical not met
            }


            """);
        AppendEvidence(text, indicators);
        AppendHierarchy(text, indicators);
        return text.ToString();
    }

    /// <summary>The DSL type of an item of each kind.</summary>
    public static string TypeOf(ItemKind kind) => kind switch
    {
        ItemKind.Flag => "boolean",
        ItemKind.Total or ItemKind.Part or ItemKind.Incidents or ItemKind.Days => "integer range 0..",
        ItemKind.Share => "percentage range 0%..100%",
        _ => "one of (full, most, some, none)",
    };

    private static void AppendEvidence(StringBuilder text, int indicators)
    {
        text.AppendLine("evidence {");
        for (var j = 0; j < indicators; j++)
        {
            var prefix = RuleShapes.Prefix(j);
            foreach (var item in RuleShapes.Of(j).Items)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {prefix}.{item.Suffix} : {TypeOf(item.Kind)}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    question \"What is the {item.Suffix} figure behind indicator {j + 1}?\"");
            }
        }

        text.AppendLine("}");
        text.AppendLine();
    }

    private static void AppendHierarchy(StringBuilder text, int indicators)
    {
        const int perStandard = IndicatorsPerPractice * PracticesPerStandard;
        const int perDimension = perStandard * StandardsPerDimension;
        for (var j = 0; j < indicators; j++)
        {
            var (d, s, p, i) = (j / perDimension + 1, j % perDimension / perStandard, j % perStandard / IndicatorsPerPractice + 1, j % IndicatorsPerPractice + 1);
            var standard = (char)('A' + s);
            // How many enclosing groups start at this indicator: 3 opens a dimension, its standard and its practice.
            var opens = j % perDimension == 0 ? 3 : j % perStandard == 0 ? 2 : j % IndicatorsPerPractice == 0 ? 1 : 0;
            if (opens >= 3)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"dimension {d} \"Synthetic dimension {d}\" {{");
            }

            if (opens >= 2)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  standard {d}{standard} \"Synthetic standard {d}{standard}\" {{");
            }

            if (opens >= 1)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    practice {d}.{standard}.{p} \"Synthetic practice {d}.{standard}.{p}\" {{");
            }

            AppendIndicator(text, j, $"{d}.{standard}.{p}.{i}");

            var last = j == indicators - 1;
            if (last || (j + 1) % IndicatorsPerPractice == 0)
            {
                text.AppendLine("    }");
            }

            if (last || (j + 1) % perStandard == 0)
            {
                text.AppendLine("  }");
            }

            if (last || (j + 1) % perDimension == 0)
            {
                text.AppendLine("}");
            }
        }
    }

    private static void AppendIndicator(StringBuilder text, int j, string id)
    {
        var shape = RuleShapes.Of(j);
        // Every tenth indicator weighs double and every 25th is critical, as in the shipped rulesets.
        var attributes = (j % 10 == 9 ? " weight 2" : "") + (j % 25 == 24 ? " critical" : "");
        text.AppendLine(CultureInfo.InvariantCulture, $"      indicator {id} \"Synthetic indicator {j + 1} ({shape.Name})\"{attributes} {{");
        text.AppendLine(CultureInfo.InvariantCulture, $"        guidance \"Generated from the {shape.Name} shape.\"");
        foreach (var line in shape.RuleFor(RuleShapes.Prefix(j)).Split('\n'))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"        {line.TrimEnd()}");
        }

        text.AppendLine("      }");
    }
}
