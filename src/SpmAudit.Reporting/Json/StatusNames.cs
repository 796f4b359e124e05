using SpmAudit.Engine.Evaluation;

namespace SpmAudit.Reporting.Json;

/// <summary>The status words of the JSON document and the reports. Part of the stable format.</summary>
public static class StatusNames
{
    public static string Of(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.Partial => "partial",
        IndicatorStatus.NotMet => "not_met",
        IndicatorStatus.NotApplicable => "not_applicable",
        _ => "insufficient_evidence",
    };
}
