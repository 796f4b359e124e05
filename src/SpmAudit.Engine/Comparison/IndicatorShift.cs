using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Comparison;

/// <summary>
/// One indicator whose status or weight moved a pack's score between two editions: its status under
/// each (null where the edition has no such indicator) and the points it adds to the overall score
/// under each (its points on the scale times its share of the overall score, 0 to 100).
/// </summary>
public sealed record IndicatorShift(string Id, string Title, IndicatorStatus? Before, IndicatorStatus? After, double BeforeContribution, double AfterContribution)
{
    /// <summary>Its part of the score difference, in points of the overall score.</summary>
    public double Change => AfterContribution - BeforeContribution;
}
