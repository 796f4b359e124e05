namespace SpmAudit.Language.Model;

/// <summary>
/// The status of an indicator, of a node of the hierarchy and of a whole result. The one status
/// type: rules award it, caps and outcome conditions test it, results and reports print it.
/// </summary>
public enum IndicatorStatus : byte
{
    Met,
    Partial,
    NotMet,
    NotApplicable,

    /// <summary>The evidence present does not decide the rule. Never reported as not met.</summary>
    InsufficientEvidence,
}
