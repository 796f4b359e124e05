using System.Collections.Immutable;
using SpmAudit.Language.Crosswalks;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Analysis;

/// <summary>
/// How much of one ruleset (To) the evidence collected for another (From) answers. An indicator of
/// To is answerable when every key it reads is available: the key itself was collected, a former
/// key of it was, or the crosswalk maps a collected key to it. What was collected is either every
/// key From's indicators read, or the keys an evidence pack actually answers.
/// </summary>
public sealed record CrosswalkCoverage(Ruleset From, Ruleset To, string Basis, Crosswalk? Map, ImmutableArray<IndicatorCoverage> Indicators)
{
    public int Answerable => Indicators.Count(i => i.Missing.IsEmpty);

    /// <summary>Share of To's indicators answerable, 0 to 1; 1 for a ruleset without indicators.</summary>
    public double Share => Indicators.IsEmpty ? 1 : (double)Answerable / Indicators.Length;

    /// <summary>Keys To still needs, each with the indicators that wait for it, in dictionary order.</summary>
    public ImmutableArray<(string Key, ImmutableArray<string> Indicators)> MissingKeys =>
        [.. Indicators.SelectMany(i => i.Missing.Select(k => (Key: k, i.Indicator.Id)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => To.FindEvidence(g.Key)?.Ordinal ?? int.MaxValue)
            .Select(g => (g.Key, g.Select(p => p.Id).ToImmutableArray()))];

    /// <summary>The keys of <paramref name="from"/>'s indicators, the evidence a full assessment under it collects.</summary>
    public static IReadOnlySet<string> KeysRead(Ruleset from)
    {
        ArgumentNullException.ThrowIfNull(from);
        return from.Indicators.SelectMany(i => i.Rule!.Reads).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
    }

    public static CrosswalkCoverage Compute(Ruleset from, Ruleset to, IReadOnlySet<string> collected, string basis, Crosswalk? map)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(collected);
        var mapped = map?.Evidence.Where(e => collected.Contains(e.FromKey)).ToDictionary(e => e.ToKey, StringComparer.Ordinal)
            ?? new Dictionary<string, EvidenceMapping>(StringComparer.Ordinal);
        var formerly = collected.Select(to.FindFormerKey).OfType<(EvidenceItem Item, FormerKey Former)>()
            .ToDictionary(p => p.Item.Key, p => p.Former.Key, StringComparer.Ordinal);
        var counterparts = map?.Indicators.ToLookup(m => m.To, StringComparer.Ordinal);
        var indicators = ImmutableArray.CreateBuilder<IndicatorCoverage>();
        foreach (var indicator in to.Indicators)
        {
            var sources = ImmutableArray.CreateBuilder<KeySource>();
            var missing = ImmutableArray.CreateBuilder<string>();
            foreach (var key in indicator.Rule!.Reads.Select(e => e.Key))
            {
                if (collected.Contains(key))
                {
                    sources.Add(new KeySource(key, key, null));
                }
                else if (mapped.TryGetValue(key, out var mapping))
                {
                    sources.Add(new KeySource(key, mapping.FromKey, mapping.Conversion));
                }
                else if (formerly.TryGetValue(key, out var old))
                {
                    sources.Add(new KeySource(key, old, null));
                }
                else
                {
                    missing.Add(key);
                }
            }

            indicators.Add(new IndicatorCoverage(indicator, sources.ToImmutable(), missing.ToImmutable(), counterparts is null ? [] : [.. counterparts[indicator.Id]]));
        }

        return new CrosswalkCoverage(from, to, basis, map, indicators.ToImmutable());
    }
}

/// <summary>One indicator of the To ruleset: where each key it reads comes from, and the keys nobody collected.</summary>
public sealed record IndicatorCoverage(RuleNode Indicator, ImmutableArray<KeySource> Answered, ImmutableArray<string> Missing, ImmutableArray<IndicatorMapping> Counterparts);

/// <summary>A key of the To ruleset and the collected key that answers it (itself, a former key, or a mapped key with its conversion).</summary>
public sealed record KeySource(string Key, string From, EvidenceConversion? Conversion);
