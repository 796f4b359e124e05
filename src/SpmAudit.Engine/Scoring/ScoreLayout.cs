using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// The hierarchy of a ruleset as flat arrays (each node's parent, children and scoring model), built
/// once per ruleset, so that a what-if changes one indicator and re-scores only its ancestors.
/// </summary>
internal sealed class ScoreLayout
{
    private static readonly ConditionalWeakTable<Ruleset, ScoreLayout> Cache = [];

    private ScoreLayout(Ruleset ruleset)
    {
        var nodes = new List<RuleNode>();
        var parents = new List<int>();
        var children = new List<int[]>();
        int Add(RuleNode node, int parent)
        {
            var index = nodes.Count;
            nodes.Add(node);
            parents.Add(parent);
            children.Add([]);
            children[index] = [.. node.Children.Select(c => Add(c, index))];
            return index;
        }

        TopLevel = [.. ruleset.Nodes.Select(n => Add(n, -1))];
        Nodes = [.. nodes];
        Parent = [.. parents];
        Children = [.. children];
        Models = [.. Nodes.Select(n => ruleset.Scoring.ModelFor(n.Level))];
        IndicatorNode = new int[ruleset.Indicators.Length];
        for (var i = 0; i < Nodes.Length; i++)
        {
            if (Nodes[i].IsIndicator)
            {
                IndicatorNode[Nodes[i].IndicatorOrdinal] = i;
            }
        }

        MaxChildren = Math.Max(TopLevel.Length, Children.Max(c => c.Length));
        RootModel = ruleset.Scoring.Default;
        TopLevelNodes = ruleset.Nodes;
    }

    /// <summary>Every node, parents before children.</summary>
    public RuleNode[] Nodes { get; }

    /// <summary>The parent of each node, -1 for the top level.</summary>
    public int[] Parent { get; }

    public int[][] Children { get; }

    public ScoringModel[] Models { get; }

    public int[] TopLevel { get; }

    public ImmutableArray<RuleNode> TopLevelNodes { get; }

    public ScoringModel RootModel { get; }

    /// <summary>The most children of any node, the top level counted as one.</summary>
    public int MaxChildren { get; }

    /// <summary>The node index of each indicator, by indicator ordinal.</summary>
    public int[] IndicatorNode { get; }

    public static ScoreLayout For(Ruleset ruleset) => Cache.GetValue(ruleset, r => new ScoreLayout(r));
}
