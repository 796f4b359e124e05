using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>
/// An item that must be answered, or an indicator that must have evidence, before a grade is
/// given: in every assessment, or only in the assessment types listed (external-audit, …).
/// </summary>
public sealed record Requirement(ImmutableArray<string> AssessmentTypes)
{
    /// <summary>The assessment types a requirement may name, as evidence packs write them.</summary>
    public static ImmutableArray<string> KnownAssessmentTypes { get; } = ["self-assessment", "accompanied-self-assessment", "external-audit"];

    public bool AppliesTo(string assessmentType) => AssessmentTypes.IsEmpty || AssessmentTypes.Contains(assessmentType);

    /// <summary>"every assessment" or "external-audit, accompanied-self-assessment".</summary>
    public override string ToString() => AssessmentTypes.IsEmpty ? "every assessment" : string.Join(", ", AssessmentTypes);
}
