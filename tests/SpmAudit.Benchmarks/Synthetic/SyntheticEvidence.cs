using System.Globalization;
using System.Text;

namespace SpmAudit.Benchmarks.Synthetic;

/// <summary>
/// Writes evidence packs (YAML) for a synthetic ruleset. Deterministic for a seed. About one item in
/// twenty is missing (left out, or given as null) and a few denominators are zero, so every status,
/// insufficient evidence included, occurs.
/// </summary>
internal static class SyntheticEvidence
{
    private static readonly string[] Levels = ["full", "most", "some", "none"];

    public static string Yaml(int indicators, int seed)
    {
#pragma warning disable CA5394 // A seeded Random gives the same packs every run; nothing here is secret.
        var random = new Random(seed);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"institution: {{ id: synthetic-{seed}, name: Synthetic institution {seed}, country: XX }}");
        text.AppendLine("period: 2025");
        text.AppendLine("date: 2026-01-31");
        text.AppendLine("assessment: self-assessment");
        text.AppendLine("evidence:");
        for (var j = 0; j < indicators; j++)
        {
            var prefix = RuleShapes.Prefix(j);
            var total = 0;
            foreach (var item in RuleShapes.Of(j).Items)
            {
                var roll = random.NextDouble();
                var value = item.Kind switch
                {
                    ItemKind.Flag => random.NextDouble() < 0.75 ? "true" : "false",
                    // Now and then a zero denominator: the ratio is undefined and the rule undecided.
                    ItemKind.Total => (total = random.NextDouble() < 0.03 ? 0 : random.Next(20, 5000)).ToString(CultureInfo.InvariantCulture),
                    ItemKind.Part => ((int)Math.Round(total * Math.Pow(random.NextDouble(), 0.3))).ToString(CultureInfo.InvariantCulture),
                    ItemKind.Incidents => ((int)Math.Round(total * random.NextDouble() * 0.15)).ToString(CultureInfo.InvariantCulture),
                    ItemKind.Share => random.Next(0, 101).ToString(CultureInfo.InvariantCulture) + "%",
                    ItemKind.Level => Levels[random.Next(Levels.Length)],
                    _ => random.Next(0, 90).ToString(CultureInfo.InvariantCulture),
                };
                if (roll < 0.03)
                {
                    continue;
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"  {prefix}.{item.Suffix}: {(roll < 0.05 ? "null" : value)}");
            }
        }
#pragma warning restore CA5394

        return text.ToString();
    }
}
