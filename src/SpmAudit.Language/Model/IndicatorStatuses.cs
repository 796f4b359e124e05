namespace SpmAudit.Language.Model;

/// <summary>
/// The words of <see cref="IndicatorStatus"/>: the names the JSON document and the reports print
/// (part of the stable format), and the words rulesets use for them in caps and outcome rules.
/// </summary>
public static class IndicatorStatuses
{
    public static IReadOnlyList<IndicatorStatus> All { get; } = Enum.GetValues<IndicatorStatus>();

    /// <summary>The stable name: met, partial, not_met, not_applicable, insufficient_evidence.</summary>
    public static string Name(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.Partial => "partial",
        IndicatorStatus.NotMet => "not_met",
        IndicatorStatus.NotApplicable => "not_applicable",
        _ => "insufficient_evidence",
    };

    /// <summary>The status as a sentence says it: "partially met", "without sufficient evidence".</summary>
    public static string Words(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.Partial => "partially met",
        IndicatorStatus.NotMet => "not met",
        IndicatorStatus.NotApplicable => "not applicable",
        _ => "without sufficient evidence",
    };

    /// <summary>
    /// A status word of a ruleset ('met', 'partial', 'not_met', 'insufficient', 'not_applicable'),
    /// also accepting the stable names; null when the word is none of them.
    /// </summary>
    public static IndicatorStatus? Parse(string word) => word switch
    {
        "met" => IndicatorStatus.Met,
        "partial" => IndicatorStatus.Partial,
        "not_met" => IndicatorStatus.NotMet,
        "insufficient" or "insufficient_evidence" => IndicatorStatus.InsufficientEvidence,
        "not_applicable" => IndicatorStatus.NotApplicable,
        _ => null,
    };

    /// <summary>The word a ruleset writes for the status (the inverse of <see cref="Parse"/> for ruleset text).</summary>
    public static string RuleWord(IndicatorStatus status) => status == IndicatorStatus.InsufficientEvidence ? "insufficient" : Name(status);
}
