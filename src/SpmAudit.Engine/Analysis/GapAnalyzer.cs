using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Results;
using SpmAudit.Engine.Scoring;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Analysis;

/// <summary>
/// Gap analysis by what-if scoring: each gap is scored as if met. Gaps are ranked critical
/// indicators first (a critical indicator left partial or unmet weighs on caps and certifications
/// more than its points say), then by gain, then by weight and id. The path to the next grade first
/// clears any cap that holds the grade down (its critical indicators must be met), then adds the
/// indicator with the largest gain until the score reaches the next band; ties go to the larger
/// weight, then the smaller id. Under the weighted mean each indicator's gain is independent of the
/// others, so this greedy choice gives a smallest set.
/// </summary>
public static class GapAnalyzer
{
    /// <param name="capWitnesses">Per cap of the scale, null when it does not hold, else the indicators that make it hold.</param>
    internal static GapReport Analyze(Ruleset ruleset, ScoreCalculator calculator, ScoredTree scored, byte[] levels, string? computedGrade, ImmutableArray<ImmutableArray<string>?> capWitnesses)
    {
        var indicators = scored.Indicators;
        var statuses = indicators.Select(i => i.Status).ToArray();
        var what = new WhatIf(calculator, ruleset, statuses, levels, scored.Aggregates, scored.Root);
        var current = what.Overall();
        var gaps = ByGain(indicators
            .Where(i => i.Status is IndicatorStatus.NotMet or IndicatorStatus.Partial or IndicatorStatus.InsufficientEvidence)
            .Select(i => new Gap(i.Node, i.Status, what.Gain(i.Node.IndicatorOrdinal, current))));
        // The path changes the what-if's statuses, so it comes after the gains of the current ones;
        // it takes the gaps by gain alone, which keeps its set of improvements the smallest.
        var path = PathToNextGrade(ruleset, what, statuses, indicators, gaps, computedGrade, capWitnesses);
        return new GapReport(CriticalFirst(gaps), path, Missing(indicators));
    }

    /// <summary>The ranking reported: critical indicators first, each group in the order of <see cref="ByGain"/> (a stable sort).</summary>
    private static ImmutableArray<Gap> CriticalFirst(ImmutableArray<Gap> byGain)
    {
        var ranked = ImmutableArray.CreateBuilder<Gap>(byGain.Length);
        foreach (var critical in (bool[])[true, false])
        {
            foreach (var gap in byGain)
            {
                if (gap.Indicator.Rule!.Critical == critical)
                {
                    ranked.Add(gap);
                }
            }
        }

        return ranked.MoveToImmutable();
    }

    /// <summary>Largest gain first (to 9 decimals); ties to the larger weight, then the smaller id.</summary>
    private static ImmutableArray<Gap> ByGain(IEnumerable<Gap> gaps)
    {
        var ranked = gaps.ToArray();
        // Each gain is rounded once, not at every comparison.
        var rounded = Array.ConvertAll(ranked, g => Math.Round(g.Gain, 9));
        var order = new int[ranked.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
            rounded[y].CompareTo(rounded[x]) is var byGain and not 0 ? byGain
            : ranked[y].Indicator.Weight.CompareTo(ranked[x].Indicator.Weight) is var byWeight and not 0 ? byWeight
            : string.CompareOrdinal(ranked[x].Indicator.Id, ranked[y].Indicator.Id));
        return [.. order.Select(i => ranked[i])];
    }

    private static GradePath PathToNextGrade(Ruleset ruleset, WhatIf what, IndicatorStatus[] original, IReadOnlyList<IndicatorResult> indicators, ImmutableArray<Gap> gaps, string? computedGrade, ImmutableArray<ImmutableArray<string>?> capWitnesses)
    {
        var scale = ruleset.Grades;
        if (computedGrade is null)
        {
            return new GradePath(null, null, false, [], 0, "No grade: nothing in this ruleset applies to the institution, or nothing has evidence.");
        }

        var currentIndex = scale.IndexOf(computedGrade);
        if (currentIndex <= 0)
        {
            return new GradePath(computedGrade, null, false, [], what.Overall(), "Already at the top grade.");
        }

        var target = scale.Bands[currentIndex - 1];
        var chosen = new List<RuleNode>();

        // Caps that hold and would keep the grade below the target: the indicators that trigger them must be met.
        var lifted = false;
        Dictionary<string, IndicatorResult>? byId = null;
        for (var c = 0; c < scale.Caps.Length; c++)
        {
            if (scale.IndexOf(scale.Caps[c].Grade) <= currentIndex - 1 || capWitnesses[c] is not { } triggering)
            {
                continue;
            }

            byId ??= indicators.ToDictionary(i => i.Node.Id, StringComparer.Ordinal);
            foreach (var indicator in triggering.Select(id => byId[id]).Where(i => what.Status(i.Node.IndicatorOrdinal) != IndicatorStatus.Met))
            {
                what.SetMet(indicator.Node.IndicatorOrdinal);
                chosen.Add(indicator.Node);
                lifted = true;
            }
        }

        // Gains are scored once, after the caps are lifted, then taken best first: under the weighted
        // mean each gain is independent of the others, so this is the greedy choice at every step.
        // With no cap lifted they are the gaps' own gains, already ranked.
        var current = what.Overall();
        var candidates = ByGain(lifted
            ? indicators.Where(i => what.Status(i.Node.IndicatorOrdinal) is IndicatorStatus.NotMet or IndicatorStatus.Partial or IndicatorStatus.InsufficientEvidence)
                .Select(i => new Gap(i.Node, what.Status(i.Node.IndicatorOrdinal), what.Gain(i.Node.IndicatorOrdinal, current)))
            : gaps)
            .Where(c => c.Gain > 1e-9)
            .Select(c => (c.Indicator, c.Gain))
            .ToList();
        foreach (var (node, _) in candidates)
        {
            if (GradeScale.Reaches(current, target.MinScore))
            {
                break;
            }

            what.SetMet(node.IndicatorOrdinal);
            chosen.Add(node);
            current = what.Overall();
        }

        if (!GradeScale.Reaches(current, target.MinScore))
        {
            var reach = current.ToString("0.##", CultureInfo.InvariantCulture);
            return new GradePath(computedGrade, target.Grade, false, [.. chosen], current,
                $"No path: with every indicator met the score would be {reach}, below the {target.MinScore.ToString(CultureInfo.InvariantCulture)} that grade {target.Grade} needs.");
        }

        var after = what.Overall();
        var caps = chosen.Count(n => n.Rule!.Critical && original[n.IndicatorOrdinal] != IndicatorStatus.Met);
        var explanation = $"Bringing {chosen.Count} indicator(s) to met raises the score to {after.ToString("0.##", CultureInfo.InvariantCulture)}, enough for grade {target.Grade}"
            + (caps > 0 ? $"; {caps} of them are critical and lift the cap on the grade." : ".");
        return new GradePath(computedGrade, target.Grade, true, [.. chosen], after, explanation);
    }

    private static ImmutableArray<MissingEvidence> Missing(IReadOnlyList<IndicatorResult> indicators) =>
        [.. indicators
            .Where(i => i.Status == IndicatorStatus.InsufficientEvidence)
            .SelectMany(i => i.Evidence.Where(e => e.IsMissing).Select(e => (e.Item, i.Node.Id)))
            .GroupBy(p => p.Item.Key, StringComparer.Ordinal)
            .Select(g => new MissingEvidence(g.First().Item, [.. g.Select(p => p.Id).Distinct()]))
            .OrderByDescending(m => m.IndicatorIds.Length)
            .ThenBy(m => m.Item.Key, StringComparer.Ordinal)];
}
