using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// Each node's share of the overall score: the product of its weight shares among the applicable
/// siblings, up the tree. An indicator's points times its share is what it adds to the overall
/// score under the weighted mean (the strengths of a report, the drivers of a diff).
/// </summary>
public static class ScoreShares
{
    public static Dictionary<string, double> Of(IEnumerable<NodeResult> topLevel)
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        Share(topLevel, 1, shares);
        return shares;
    }

    private static void Share(IEnumerable<NodeResult> siblings, double parentShare, Dictionary<string, double> shares)
    {
        var counted = siblings.Where(n => n.Status != IndicatorStatus.NotApplicable).ToList();
        var total = counted.Sum(n => n.Node.Weight);
        foreach (var node in counted)
        {
            var share = total > 0 ? parentShare * node.Node.Weight / total : 0;
            shares[node.Node.Id] = share;
            Share(node.Children, share, shares);
        }
    }
}
