using System.Collections.Immutable;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Model;

namespace SpmAudit.Benchmarks.Batch;

/// <summary>
/// Makes any number of distinct institutions from a few real packs: each variant copies one pack and
/// perturbs a few of its values (a flag flipped, a figure moved by up to 30%, another choice, a date
/// shifted), now and then dropping one so that coverage varies too. Deterministic for a seed.
/// </summary>
internal static class PackVariants
{
    private const int ChangesPerVariant = 6;

    public static EvidencePack[] Make(Ruleset ruleset, IReadOnlyList<EvidencePack> bases, int count, int seed)
    {
#pragma warning disable CA5394 // A seeded Random gives the same variants every run; nothing here is secret.
        var random = new Random(seed);
        var variants = new EvidencePack[count];
        for (var v = 0; v < count; v++)
        {
            var pack = bases[v % bases.Count];
            var keys = pack.Items.Keys.ToArray();
            var items = new Dictionary<string, EvidenceEntry>(pack.Items, StringComparer.Ordinal);
            for (var c = 0; c < ChangesPerVariant; c++)
            {
                if (!items.TryGetValue(keys[random.Next(keys.Length)], out var entry))
                {
                    continue; // dropped by an earlier change of this variant
                }

                if (random.NextDouble() < 0.1)
                {
                    items.Remove(entry.Key);
                    continue;
                }

                var item = ruleset.FindEvidence(entry.Key)!;
                items[entry.Key] = entry with { Value = Perturb(item, entry.Value, random) };
            }

            variants[v] = pack with
            {
                Institution = pack.Institution with { Id = $"{pack.Institution.Id}-variant-{v}" },
                Items = items.AsReadOnly(),
            };
        }
#pragma warning restore CA5394

        return variants;
    }

#pragma warning disable CA5394 // As above: reproducible test data.
    private static object? Perturb(EvidenceItem item, object? value, Random random) => value switch
    {
        null => null,
        bool flag => !flag,
        double number => Clamp(item, item.Type.Kind == TypeKind.Integer
            ? Math.Round(number * (0.7 + 0.6 * random.NextDouble()))
            : number * (0.7 + 0.6 * random.NextDouble())),
        string choice when item.Type.Kind == TypeKind.Choice => item.Type.Choices[random.Next(item.Type.Choices.Length)],
        DateOnly date => date.AddDays(random.Next(-200, 200)),
        _ => value,
    };
#pragma warning restore CA5394

    private static double Clamp(EvidenceItem item, double value) => Math.Clamp(value, item.Min ?? double.MinValue, item.Max ?? double.MaxValue);
}
