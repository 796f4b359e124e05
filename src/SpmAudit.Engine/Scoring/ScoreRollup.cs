using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>Builds the scored result tree from indicator results, using <see cref="ScoreCalculator"/> at every node.</summary>
internal sealed class ScoreRollup(Ruleset ruleset, IReadOnlyList<IndicatorResult> indicators)
{
    private readonly ScoreCalculator _calculator = new(ruleset, PartialPoints(indicators));

    /// <summary>The scored top-level nodes and the overall aggregate, in one pass over the tree.</summary>
    public (ImmutableArray<NodeResult> Nodes, NodeAggregate Root) Roll()
    {
        var top = ruleset.Nodes.Select(Roll).ToList();
        var root = ScoreCalculator.Combine(ruleset.Scoring.Default, ruleset.Nodes, [.. top.Select(t => t.Aggregate)]);
        return ([.. top.Select(t => t.Result)], root);
    }

    private (NodeResult Result, NodeAggregate Aggregate) Roll(RuleNode node)
    {
        if (node.IsIndicator)
        {
            var indicator = indicators[node.IndicatorOrdinal];
            var own = _calculator.Indicator(indicator.Status, node.IndicatorOrdinal);
            return (new NodeResult(node, own.Score, own.Coverage, indicator.Status, [], indicator), own);
        }

        var children = node.Children.Select(Roll).ToList();
        var aggregate = ScoreCalculator.Combine(ruleset.Scoring.ModelFor(node.Level), node.Children, [.. children.Select(c => c.Aggregate)]);
        var results = children.Select(c => c.Result).ToImmutableArray();
        return (new NodeResult(node, aggregate.Score, aggregate.Coverage, GroupStatus(aggregate, results), results, null), aggregate);
    }

    /// <summary>Per indicator, the points of a partial ordinal result (NaN where the scale applies).</summary>
    public static double[] PartialPoints(IReadOnlyList<IndicatorResult> indicators) =>
        [.. indicators.Select(i => i.Status == IndicatorStatus.Partial && i.Rule.IsOrdinal ? i.Points ?? double.NaN : double.NaN)];

    /// <summary>Not applicable when nothing below applies; insufficient when nothing below has evidence; else by score.</summary>
    private static IndicatorStatus GroupStatus(NodeAggregate aggregate, ImmutableArray<NodeResult> children) => aggregate switch
    {
        { Applicable: 0 } => IndicatorStatus.NotApplicable,
        { Sufficient: 0 } => IndicatorStatus.InsufficientEvidence,
        _ when children.All(c => c.Status is IndicatorStatus.Met or IndicatorStatus.NotApplicable) => IndicatorStatus.Met,
        { Score: 0 } => IndicatorStatus.NotMet,
        _ => IndicatorStatus.Partial,
    };
}
