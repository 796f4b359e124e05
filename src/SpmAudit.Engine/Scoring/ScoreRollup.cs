using System.Collections.Immutable;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// Scores each indicator (its points, the evidence it read, its reason and trace) and builds the
/// scored result tree with <see cref="ScoreCalculator"/> at every node, in one pass.
/// </summary>
internal sealed class ScoreRollup(Ruleset ruleset, ScoreCalculator calculator)
{
    public ScoredTree Roll(EvidencePack pack, IndicatorStatus[] statuses, byte[] levels, IReadOnlyList<string> reasons, IReadOnlyList<IndicatorTrace>? traces)
    {
        var indicators = new IndicatorResult[ruleset.Indicators.Length];
        foreach (var node in ruleset.Indicators)
        {
            var i = node.IndicatorOrdinal;
            var evidence = node.Rule!.Reads.Select(item => new EvidenceUse(item, pack.Find(item.Key))).ToImmutableArray();
            indicators[i] = new IndicatorResult(node, statuses[i], calculator.Points(node, statuses[i], levels[i]), evidence, reasons[i])
            {
                Trace = traces?[i],
                Note = pack.Notes.GetValueOrDefault(node.Id),
            };
        }

        var top = ruleset.Nodes.Select(n => Roll(n, indicators, statuses, levels)).ToList();
        var root = ScoreCalculator.Combine(ruleset.Scoring.Default, ruleset.Nodes, [.. top.Select(t => t.Aggregate)]);
        var status = ScoreCalculator.Status(root, top.Select(t => t.Result.Status));
        return new ScoredTree([.. indicators], [.. top.Select(t => t.Result)], root, status);
    }

    private (NodeResult Result, NodeAggregate Aggregate) Roll(RuleNode node, IndicatorResult[] indicators, IndicatorStatus[] statuses, byte[] levels)
    {
        if (node.IsIndicator)
        {
            var i = node.IndicatorOrdinal;
            var own = calculator.Indicator(node, statuses[i], levels[i]);
            return (new NodeResult(node, own.Score, own.Coverage, statuses[i], [], indicators[i]), own);
        }

        var children = node.Children.Select(c => Roll(c, indicators, statuses, levels)).ToList();
        var aggregate = ScoreCalculator.Combine(ruleset.Scoring.ModelFor(node.Level), node.Children, [.. children.Select(c => c.Aggregate)]);
        var results = children.Select(c => c.Result).ToImmutableArray();
        return (new NodeResult(node, aggregate.Score, aggregate.Coverage, ScoreCalculator.Status(aggregate, results.Select(r => r.Status)), results, null), aggregate);
    }
}

/// <summary>The scored indicators and tree, and the overall aggregate and status.</summary>
internal sealed record ScoredTree(ImmutableArray<IndicatorResult> Indicators, ImmutableArray<NodeResult> Nodes, NodeAggregate Root, IndicatorStatus Status);
