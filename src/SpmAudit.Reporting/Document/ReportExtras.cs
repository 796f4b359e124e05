using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Trend;

namespace SpmAudit.Reporting.Document;

/// <summary>
/// Parts of the result document that are written only when asked for: the action plan
/// (<c>audit --plan</c>), the trend across earlier assessments (<c>audit --previous a.json b.json</c>)
/// and the institution against its peers (<c>audit --peers results.jsonl</c>).
/// Without them the document is exactly the stable one every result has.
/// </summary>
public sealed record ReportExtras(ActionPlan? Plan = null, TrendReport? Trend = null)
{
    public Peers.PeerComparison? Peers { get; init; }

    public static ReportExtras None { get; } = new();
}
