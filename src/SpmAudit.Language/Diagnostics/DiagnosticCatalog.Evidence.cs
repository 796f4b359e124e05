namespace SpmAudit.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static Diagnostic UnknownEvidenceKey(SourceSpan span, string key, string? suggestion) =>
        Error("SPM4001", span, $"Evidence item '{key}' is not in the ruleset's evidence dictionary.{Suggest(suggestion)}");

    public static Diagnostic EvidenceTypeMismatch(SourceSpan span, string key, string expected, string text) =>
        Error("SPM4002", span, $"'{key}' expects {expected}, but the value is '{text}'.");

    public static Diagnostic EvidenceOutOfRange(SourceSpan span, string key, string value, string range) =>
        Error("SPM4003", span, $"'{key}' = {value} is outside the allowed range ({range}).");

    public static Diagnostic EvidenceUnknownChoice(SourceSpan span, string key, string value, string choices, string? suggestion) =>
        Error("SPM4004", span, $"'{value}' is not a choice of '{key}' ({choices}).{Suggest(suggestion)}");

    public static Diagnostic MissingInstitution(SourceSpan span, string field) =>
        Error("SPM4005", span, $"The evidence pack needs 'institution' with '{field}'.");

    public static Diagnostic UnknownAssessmentType(SourceSpan span, string value) =>
        Error("SPM4006", span, $"Assessment type '{value}' is not known; use self-assessment, accompanied-self-assessment or external-audit.");

    public static Diagnostic EvidenceUnknownRecordField(SourceSpan span, string key, string field, string? suggestion) =>
        Error("SPM4007", span, $"Records of '{key}' have no field '{field}'.{Suggest(suggestion)}");

    public static Diagnostic OverrideWithoutReason(SourceSpan span) =>
        Error("SPM4008", span, "A grade override needs a 'reason': the result keeps it beside the computed grade.");

    public static Diagnostic OverrideUnknownGrade(SourceSpan span, string grade, string? suggestion) =>
        Error("SPM4009", span, $"Override grade '{grade}' is not a grade of this ruleset.{Suggest(suggestion)}");

    public static Diagnostic OverrideShape(SourceSpan span) =>
        Error("SPM4010", span, "A grade override gives either 'grade' (a grade of the ruleset) or 'notches' (a whole number, not 0), not both.");

    public static Diagnostic RulesetOutsideValidity(SourceSpan span, string ruleset, string date, string validity) =>
        Warning("SPM4501", span, $"Ruleset '{ruleset}' is valid {validity}, but the assessment is dated {date}.");
}
