using SpmAudit.Engine.Scoring;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Analysis;

/// <summary>
/// Scores a result again with indicators changed to met. Every node's aggregate is kept, so a
/// change re-scores only the changed indicator's ancestors: a gain costs the depth of the tree,
/// not its size.
/// </summary>
internal sealed class WhatIf
{
    private readonly ScoreCalculator _calculator;
    private readonly ScoreLayout _layout;
    private readonly IndicatorStatus[] _statuses;
    private readonly byte[] _levels;
    private readonly NodeAggregate[] _aggregates;

    /// <summary>Children's aggregates while one node is combined (Combine keeps nothing of it).</summary>
    private readonly NodeAggregate[] _scratch;
    private NodeAggregate _root;

    /// <param name="aggregates">Every node's aggregate for <paramref name="statuses"/>, in <see cref="ScoreLayout"/> order (the roll-up's), and <paramref name="root"/> the overall one.</param>
    public WhatIf(ScoreCalculator calculator, Ruleset ruleset, IndicatorStatus[] statuses, byte[] levels, NodeAggregate[] aggregates, NodeAggregate root)
    {
        _calculator = calculator;
        _layout = ScoreLayout.For(ruleset);
        _statuses = (IndicatorStatus[])statuses.Clone();
        _levels = levels;
        _aggregates = (NodeAggregate[])aggregates.Clone();
        _scratch = new NodeAggregate[_layout.MaxChildren];
        _root = root;
    }

    public IndicatorStatus Status(int indicator) => _statuses[indicator];

    /// <summary>The overall score as the statuses stand now (0 when nothing counts).</summary>
    public double Overall() => _root.Score ?? 0;

    /// <summary>How much the overall score rises if the indicator were met; nothing is changed.</summary>
    public double Gain(int indicator, double current) => (Propagate(indicator, commit: false).Score ?? 0) - current;

    /// <summary>Makes the indicator met from now on.</summary>
    public void SetMet(int indicator)
    {
        _statuses[indicator] = IndicatorStatus.Met;
        _root = Propagate(indicator, commit: true);
    }

    /// <summary>The root aggregate with the indicator met, walking up its ancestors only.</summary>
    private NodeAggregate Propagate(int indicator, bool commit)
    {
        var node = _layout.IndicatorNode[indicator];
        var changed = _calculator.Indicator(_layout.Nodes[node], IndicatorStatus.Met, _levels[indicator]);
        while (true)
        {
            if (commit)
            {
                _aggregates[node] = changed;
            }

            var parent = _layout.Parent[node];
            if (parent < 0)
            {
                return Root(node, changed);
            }

            changed = Aggregate(parent, node, changed);
            node = parent;
        }
    }

    /// <summary>A node's aggregate from its children's, with child <paramref name="replaced"/> taken as <paramref name="replacement"/>.</summary>
    private NodeAggregate Aggregate(int node, int replaced, NodeAggregate replacement)
    {
        var rule = _layout.Nodes[node];
        if (rule.IsIndicator)
        {
            return node == replaced ? replacement : _calculator.Indicator(rule, _statuses[rule.IndicatorOrdinal], _levels[rule.IndicatorOrdinal]);
        }

        var children = _layout.Children[node];
        for (var c = 0; c < children.Length; c++)
        {
            _scratch[c] = children[c] == replaced ? replacement : _aggregates[children[c]];
        }

        return ScoreCalculator.Combine(_layout.Models[node], rule.Children, _scratch.AsSpan(0, children.Length));
    }

    private NodeAggregate Root(int replaced, NodeAggregate replacement)
    {
        var top = _layout.TopLevel;
        for (var c = 0; c < top.Length; c++)
        {
            _scratch[c] = top[c] == replaced ? replacement : _aggregates[top[c]];
        }

        return ScoreCalculator.Combine(_layout.RootModel, _layout.TopLevelNodes, _scratch.AsSpan(0, top.Length));
    }
}
