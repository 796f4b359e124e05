using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// Scores each indicator (its points, the evidence it read, its reason and trace) and builds the
/// scored result tree with <see cref="ScoreCalculator"/> at every node, in one pass. Each node's
/// aggregate is kept in <see cref="ScoreLayout"/> order, so a what-if analysis starts from them
/// instead of scoring the tree again.
/// </summary>
internal sealed class ScoreRollup(Ruleset ruleset, ScoreCalculator calculator)
{
    private readonly NodeAggregate[] _aggregates = new NodeAggregate[ScoreLayout.For(ruleset).Nodes.Length];

    /// <summary>The layout index of the next node rolled: both walk the tree parents first, children in order.</summary>
    private int _next;

    public ScoredTree Roll(EvidencePack pack, IndicatorStatus[] statuses, byte[] levels, IReadOnlyList<string> reasons, IReadOnlyList<IndicatorTrace>? traces)
    {
        var indicators = new IndicatorResult[ruleset.Indicators.Length];
        foreach (var node in ruleset.Indicators)
        {
            var i = node.IndicatorOrdinal;
            var reads = node.Rule!.Reads;
            var evidence = new EvidenceUse[reads.Length];
            for (var r = 0; r < evidence.Length; r++)
            {
                evidence[r] = new EvidenceUse(reads[r], pack.Find(reads[r].Key));
            }

            indicators[i] = new IndicatorResult(node, statuses[i], calculator.Points(node, statuses[i], levels[i]), ImmutableCollectionsMarshal.AsImmutableArray(evidence), reasons[i])
            {
                Trace = traces?[i],
                Note = pack.Notes.GetValueOrDefault(node.Id),
            };
        }

        var (nodes, root) = RollChildren(ruleset.Nodes, ruleset.Scoring.Default, indicators, statuses, levels);
        return new ScoredTree(ImmutableArray.Create(indicators), nodes, root, ScoreCalculator.Status(root, nodes), _aggregates);
    }

    private (ImmutableArray<NodeResult> Results, NodeAggregate Aggregate) RollChildren(
        ImmutableArray<RuleNode> children, ScoringModel model, IndicatorResult[] indicators, IndicatorStatus[] statuses, byte[] levels)
    {
        var results = new NodeResult[children.Length];
        // Each node's children are combined once and forgotten: a pooled buffer, not an array per node.
        var aggregates = ArrayPool<NodeAggregate>.Shared.Rent(children.Length);
        for (var c = 0; c < children.Length; c++)
        {
            (results[c], aggregates[c]) = Roll(children[c], indicators, statuses, levels);
        }

        var combined = ScoreCalculator.Combine(model, children, aggregates.AsSpan(0, children.Length));
        ArrayPool<NodeAggregate>.Shared.Return(aggregates);
        return (ImmutableCollectionsMarshal.AsImmutableArray(results), combined);
    }

    private (NodeResult Result, NodeAggregate Aggregate) Roll(RuleNode node, IndicatorResult[] indicators, IndicatorStatus[] statuses, byte[] levels)
    {
        var index = _next++;
        if (node.IsIndicator)
        {
            var i = node.IndicatorOrdinal;
            var own = calculator.Indicator(node, statuses[i], levels[i]);
            _aggregates[index] = own;
            return (new NodeResult(node, own.Score, own.Coverage, statuses[i], [], indicators[i]), own);
        }

        var (results, aggregate) = RollChildren(node.Children, ruleset.Scoring.ModelFor(node.Level), indicators, statuses, levels);
        _aggregates[index] = aggregate;
        return (new NodeResult(node, aggregate.Score, aggregate.Coverage, ScoreCalculator.Status(aggregate, results), results, null), aggregate);
    }
}

/// <summary>The scored indicators and tree, the overall aggregate and status, and every node's aggregate in <see cref="ScoreLayout"/> order.</summary>
internal sealed record ScoredTree(ImmutableArray<IndicatorResult> Indicators, ImmutableArray<NodeResult> Nodes, NodeAggregate Root, IndicatorStatus Status, NodeAggregate[] Aggregates);
