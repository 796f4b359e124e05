namespace SpmAudit.Engine.Evidence;

/// <summary>Who produced the evidence, as the sector's audit tools distinguish it.</summary>
public enum AssessmentType
{
    SelfAssessment,
    AccompaniedSelfAssessment,
    ExternalAudit,
}
