using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// Computes node scores from indicator statuses under the ruleset's scoring policy (docs/scoring.md):
/// weighted mean, flat points, absolute or minimum per level, and missing evidence counted as zero
/// or excluded. Works on plain status and level arrays so what-if analyses can call it many times.
/// </summary>
internal sealed class ScoreCalculator(Ruleset ruleset)
{
    private readonly Scale _scale = ruleset.Scale;
    private readonly ScoringPolicy _policy = ruleset.Scoring;

    /// <summary>
    /// Points of a status on the scale (0 to 1; null when not applicable). The top level of an
    /// ordinal rule is worth the scale's 'met', and a lower level k of n is worth met × k ÷ n, so a
    /// lower level never outscores a higher one.
    /// </summary>
    public double? Points(RuleNode indicator, IndicatorStatus status, byte level) => status switch
    {
        IndicatorStatus.Met => _scale.Met,
        IndicatorStatus.Partial when indicator.Rule!.IsOrdinal && level > 0 => _scale.Met * indicator.Rule.LowerLevels[level - 1].Points,
        IndicatorStatus.Partial => _scale.Partial,
        IndicatorStatus.NotMet => _scale.NotMet,
        IndicatorStatus.InsufficientEvidence => 0,
        _ => null,
    };

    /// <summary>The overall score; null when nothing counts (nothing applies, or nothing has evidence under 'missing = exclude').</summary>
    public double? Overall(IReadOnlyList<IndicatorStatus> statuses, IReadOnlyList<byte> levels) => Root(statuses, levels).Score;

    public NodeAggregate Root(IReadOnlyList<IndicatorStatus> statuses, IReadOnlyList<byte> levels)
    {
        var children = new NodeAggregate[ruleset.Nodes.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Node(ruleset.Nodes[i], statuses, levels);
        }

        return Combine(_policy.Default, ruleset.Nodes, children);
    }

    public NodeAggregate Node(RuleNode node, IReadOnlyList<IndicatorStatus> statuses, IReadOnlyList<byte> levels)
    {
        if (node.IsIndicator)
        {
            return Indicator(node, statuses[node.IndicatorOrdinal], levels[node.IndicatorOrdinal]);
        }

        var children = new NodeAggregate[node.Children.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Node(node.Children[i], statuses, levels);
        }

        return Combine(_policy.ModelFor(node.Level), node.Children, children);
    }

    public NodeAggregate Indicator(RuleNode node, IndicatorStatus status, byte level)
    {
        if (status == IndicatorStatus.NotApplicable)
        {
            return new NodeAggregate(null, 0, 0, 0, 0, true);
        }

        var sufficient = status == IndicatorStatus.InsufficientEvidence ? 0 : 1;
        if (sufficient == 0 && _policy.Missing == MissingEvidencePolicy.Exclude)
        {
            return new NodeAggregate(null, 1, 0, 0, 0, true);
        }

        var points = Points(node, status, level)!.Value;
        return new NodeAggregate(points * 100, 1, sufficient, points, 1, status == IndicatorStatus.Met);
    }

    /// <summary>
    /// One node from its children. Children that do not count (not applicable, or excluded) leave
    /// every denominator. Under the weighted mean, children that count but weigh 0 in total give 0,
    /// and the node still counts in its parent (XCCDF's default model). The nodes are an
    /// ImmutableArray, not an interface: what-if analyses call this for every gap and each of its
    /// ancestors, and an interface would box the array at every call.
    /// </summary>
    public static NodeAggregate Combine(ScoringModel model, ImmutableArray<RuleNode> nodes, ReadOnlySpan<NodeAggregate> children)
    {
        int applicable = 0, sufficient = 0, counted = 0;
        double points = 0, weighted = 0, weights = 0;
        double? minimum = null;
        var allMet = true;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            applicable += child.Applicable;
            sufficient += child.Sufficient;
            points += child.Points;
            counted += child.Counted;
            allMet &= child.AllMet;
            if (child.Score is { } score)
            {
                weighted += nodes[i].Weight * score;
                weights += nodes[i].Weight;
                minimum = minimum is { } m ? Math.Min(m, score) : score;
            }
        }

        double? result = counted == 0
            ? null
            : model switch
            {
                ScoringModel.FlatPoints => 100 * points / counted,
                ScoringModel.Absolute => allMet ? 100 : 0,
                ScoringModel.Minimum => minimum,
                _ => weights > 0 ? weighted / weights : minimum is null ? null : 0,
            };
        return new NodeAggregate(result, applicable, sufficient, points, counted, allMet);
    }

    /// <summary>
    /// The status of a group or of the whole result, consistent with its score: not applicable when
    /// nothing below applies; insufficient when nothing below has evidence (or nothing counts); not
    /// met when the score is 0; met when every applicable child is met; partial otherwise.
    /// </summary>
    public static IndicatorStatus Status(NodeAggregate aggregate, ImmutableArray<NodeResult> children) => aggregate switch
    {
        { Applicable: 0 } => IndicatorStatus.NotApplicable,
        { Sufficient: 0 } or { Score: null } => IndicatorStatus.InsufficientEvidence,
        { Score: var score } when score <= GradeScale.ScoreTolerance => IndicatorStatus.NotMet,
        _ when AllMet(children) => IndicatorStatus.Met,
        _ => IndicatorStatus.Partial,
    };

    /// <summary>A loop, not LINQ: this runs for every node of every audit.</summary>
    private static bool AllMet(ImmutableArray<NodeResult> children)
    {
        foreach (var child in children)
        {
            if (child.Status is not (IndicatorStatus.Met or IndicatorStatus.NotApplicable))
            {
                return false;
            }
        }

        return true;
    }
}
