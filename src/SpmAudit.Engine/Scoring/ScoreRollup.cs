using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// Rolls indicator results up the hierarchy. A node's score is the weighted mean of its applicable
/// children: Σ(weight × score) / Σ(weight). Not-applicable children leave both sums; insufficient
/// evidence scores 0 (no evidence, no credit) and lowers coverage. See docs/scoring.md.
/// </summary>
internal static class ScoreRollup
{
    public static NodeResult Roll(RuleNode node, IReadOnlyList<IndicatorResult> indicators)
    {
        if (node.IsIndicator)
        {
            var indicator = indicators[node.IndicatorOrdinal];
            var applicable = indicator.Status != IndicatorStatus.NotApplicable;
            double? covered = applicable ? (indicator.Status == IndicatorStatus.InsufficientEvidence ? 0 : 1) : null;
            return new NodeResult(node, indicator.Points * 100, covered, indicator.Status, [], indicator);
        }

        var children = node.Children.Select(c => Roll(c, indicators)).ToImmutableArray();
        var (score, coverage) = Aggregate(children, CountApplicable(children));
        return new NodeResult(node, score, coverage, GroupStatus(score, coverage, children), children, null);
    }

    /// <summary>Weighted mean of applicable children, and coverage counted over indicators (not weights).</summary>
    public static (double? Score, double? Coverage) Aggregate(IEnumerable<NodeResult> children, (int Applicable, int Sufficient) counts)
    {
        double weighted = 0, weights = 0;
        foreach (var child in children)
        {
            if (child.Score is { } score)
            {
                weighted += child.Node.Weight * score;
                weights += child.Node.Weight;
            }
        }

        double? result = weights > 0 ? weighted / weights : counts.Applicable > 0 ? 0 : null;
        double? coverage = counts.Applicable > 0 ? (double)counts.Sufficient / counts.Applicable : null;
        return (result, coverage);
    }

    public static (int Applicable, int Sufficient) CountApplicable(IEnumerable<NodeResult> nodes)
    {
        int applicable = 0, sufficient = 0;
        foreach (var node in nodes)
        {
            if (node.Indicator is { } indicator)
            {
                if (indicator.Status != IndicatorStatus.NotApplicable)
                {
                    applicable++;
                    sufficient += indicator.Status == IndicatorStatus.InsufficientEvidence ? 0 : 1;
                }
            }
            else
            {
                var (a, s) = CountApplicable(node.Children);
                applicable += a;
                sufficient += s;
            }
        }

        return (applicable, sufficient);
    }

    /// <summary>Not applicable when nothing below applies; insufficient when nothing below has evidence; else by score.</summary>
    private static IndicatorStatus GroupStatus(double? score, double? coverage, ImmutableArray<NodeResult> children) => (score, coverage) switch
    {
        (null, _) or (_, null) => IndicatorStatus.NotApplicable,
        (_, 0) => IndicatorStatus.InsufficientEvidence,
        _ when children.All(c => c.Status is IndicatorStatus.Met or IndicatorStatus.NotApplicable) => IndicatorStatus.Met,
        (0, _) => IndicatorStatus.NotMet,
        _ => IndicatorStatus.Partial,
    };
}
