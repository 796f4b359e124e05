namespace SpmAudit.Engine.Evaluation;

public enum IndicatorStatus : byte
{
    Met,
    Partial,
    NotMet,
    NotApplicable,

    /// <summary>The evidence present does not decide the rule. Never reported as not met.</summary>
    InsufficientEvidence,
}
