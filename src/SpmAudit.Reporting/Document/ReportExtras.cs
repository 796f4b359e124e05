using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Trend;

namespace SpmAudit.Reporting.Document;

/// <summary>
/// Parts of the result document that are written only when asked for: the action plan
/// (<c>audit --plan</c>) and the trend across earlier assessments (<c>audit --previous a.json b.json</c>).
/// Without them the document is exactly the stable one every result has.
/// </summary>
public sealed record ReportExtras(ActionPlan? Plan = null, TrendReport? Trend = null)
{
    public static ReportExtras None { get; } = new();
}
