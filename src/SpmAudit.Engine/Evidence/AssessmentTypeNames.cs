namespace SpmAudit.Engine.Evidence;

/// <summary>Assessment types as evidence packs and rulesets write them.</summary>
public static class AssessmentTypeNames
{
    public static string Name(this AssessmentType type) => type switch
    {
        AssessmentType.ExternalAudit => "external-audit",
        AssessmentType.AccompaniedSelfAssessment => "accompanied-self-assessment",
        _ => "self-assessment",
    };
}
