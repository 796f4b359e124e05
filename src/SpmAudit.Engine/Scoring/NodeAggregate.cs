namespace SpmAudit.Engine.Scoring;

/// <summary>
/// What a node's parent needs to know about it: its score (null when it does not count), how many
/// applicable indicators lie below and how many of them had evidence, the points those indicators
/// earned (for flat points) and whether all counted indicators are met (for the absolute model).
/// </summary>
internal readonly record struct NodeAggregate(double? Score, int Applicable, int Sufficient, double Points, int Counted, bool AllMet)
{
    public double? Coverage => Applicable > 0 ? (double)Sufficient / Applicable : null;
}
