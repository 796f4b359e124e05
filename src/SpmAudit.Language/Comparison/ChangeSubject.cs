namespace SpmAudit.Language.Comparison;

/// <summary>What part of a ruleset a change is about; the order of the members is the order changes are listed in.</summary>
public enum ChangeSubject
{
    Ruleset,
    Node,
    Indicator,
    Parameter,
    Evidence,
    Scale,
    Scoring,
    Grade,
    Cap,
    Certification,
}
