using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// Computes node scores from indicator statuses under the ruleset's scoring policy (docs/scoring.md):
/// weighted mean, flat points, absolute or minimum per level, and missing evidence counted as zero
/// or excluded. Works on a plain status array so what-if analyses can call it many times.
/// </summary>
internal sealed class ScoreCalculator(Ruleset ruleset, IReadOnlyList<double>? partialPoints = null)
{
    private readonly Scale _scale = ruleset.Scale;
    private readonly ScoringPolicy _policy = ruleset.Scoring;

    public double Overall(IReadOnlyList<IndicatorStatus> statuses) => Root(statuses).Score ?? 0;

    public NodeAggregate Root(IReadOnlyList<IndicatorStatus> statuses)
    {
        var children = new NodeAggregate[ruleset.Nodes.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Node(ruleset.Nodes[i], statuses);
        }

        return Combine(_policy.Default, ruleset.Nodes, children);
    }

    public NodeAggregate Node(RuleNode node, IReadOnlyList<IndicatorStatus> statuses)
    {
        if (node.IsIndicator)
        {
            return Indicator(statuses[node.IndicatorOrdinal], node.IndicatorOrdinal);
        }

        var children = new NodeAggregate[node.Children.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Node(node.Children[i], statuses);
        }

        return Combine(_policy.ModelFor(node.Level), node.Children, children);
    }

    /// <summary>Points of a status; a partial ordinal indicator earns its level's points instead of the scale's.</summary>
    public double? Points(IndicatorStatus status, int ordinal = -1) => status switch
    {
        IndicatorStatus.Met => _scale.Met,
        IndicatorStatus.Partial when ordinal >= 0 && partialPoints is not null && !double.IsNaN(partialPoints[ordinal]) => partialPoints[ordinal],
        IndicatorStatus.Partial => _scale.Partial,
        IndicatorStatus.NotMet => _scale.NotMet,
        IndicatorStatus.InsufficientEvidence => 0,
        _ => null,
    };

    public NodeAggregate Indicator(IndicatorStatus status, int ordinal = -1)
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

        var points = Points(status, ordinal)!.Value;
        return new NodeAggregate(points * 100, 1, sufficient, points, 1, status == IndicatorStatus.Met);
    }

    public static NodeAggregate Combine(ScoringModel model, IReadOnlyList<RuleNode> nodes, IReadOnlyList<NodeAggregate> children)
    {
        int applicable = 0, sufficient = 0, counted = 0;
        double points = 0, weighted = 0, weights = 0;
        double? minimum = null;
        var allMet = true;
        for (var i = 0; i < children.Count; i++)
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
}
