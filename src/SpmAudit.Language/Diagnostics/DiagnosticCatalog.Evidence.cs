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

    public static Diagnostic CsvMalformed(SourceSpan span, string problem) =>
        Error("SPM4012", span, $"The CSV file is not well formed: {problem}.");

    public static Diagnostic CsvUnknownColumn(SourceSpan span, string column, string allowed, string? suggestion) =>
        Error("SPM4013", span, $"Column '{column}' is not a column of an answer sheet ({allowed}).{Suggest(suggestion)}");

    public static Diagnostic CsvMissingColumn(SourceSpan span, string column, string why) =>
        Error("SPM4014", span, $"An answer sheet needs the column '{column}': {why}.");

    public static Diagnostic CsvTooManyCells(SourceSpan span, int columns) =>
        Error("SPM4015", span, $"This row has more cells than the {columns} columns of the header; put a cell holding commas in double quotes.");

    public static Diagnostic CsvDuplicateKey(SourceSpan span, string key, int firstLine) =>
        Error("SPM4016", span, $"'{key}' is already answered on line {firstLine}; answer each item once.");

    public static Diagnostic CsvInvalidJson(SourceSpan span, string problem) =>
        Error("SPM4017", span, $"The JSON in this cell is not well formed: {problem}. A list of records is written [{{\"field\": value, …}}, …].");

    public static Diagnostic CsvUnknownPackField(SourceSpan span, string key, string allowed, string? suggestion) =>
        Error("SPM4018", span, $"'{key}' is not a field of an evidence pack ({allowed}).{Suggest(suggestion)}");

    public static Diagnostic UnsupportedEvidenceFormat(SourceSpan span, string path, string extensions) =>
        Error("SPM4019", span, $"Evidence file '{path}' is in no format SpmAudit reads; evidence packs are {extensions} files.");

    public static Diagnostic WorkbookUnreadable(SourceSpan span, string path, string reason) =>
        Error("SPM4020", span, $"'{path}' is not a workbook SpmAudit can read ({reason}); save it as an Excel workbook (.xlsx).");

    public static Diagnostic WorkbookUnknownSheet(SourceSpan span, string sheet) =>
        Error("SPM4021", span, $"Sheet '{sheet}' is not a sheet of the questionnaire: expected the cover (headers Field, Description, Answer in row 2), a sheet of questions (Key, Question, … in row 2) or a list sheet (an evidence key in A1, field names in row 2). Move notes into the comment column and delete the sheet.");

    public static Diagnostic WorkbookColumnChanged(SourceSpan span, string expected, string found) =>
        Error("SPM4022", span, $"This column's header should be '{expected}', but it is '{found}'; the questionnaire's columns may not be renamed, moved or deleted.");

    public static Diagnostic WorkbookColumnHidden(SourceSpan span, string column, string header) =>
        Error("SPM4023", span, $"Column {column} ('{header}') is hidden; show it again so that its answers can be checked before they are read.");

    public static Diagnostic WorkbookDuplicateKey(SourceSpan span, string key, string first) =>
        Error("SPM4024", span, $"'{key}' is already answered at {first}; answer each item once.");

    public static Diagnostic UnknownNoteIndicator(SourceSpan span, string id, string? suggestion) =>
        Error("SPM4025", span, $"The note is for '{id}', which is not an indicator of this ruleset.{Suggest(suggestion)}");

    public static Diagnostic RulesetOutsideValidity(SourceSpan span, string ruleset, string date, string validity) =>
        Warning("SPM4501", span, $"Ruleset '{ruleset}' is valid {validity}, but the assessment is dated {date}.");

    public static Diagnostic PercentageWithoutPercentSign(SourceSpan span, string key, string text, string asPercent) =>
        Warning("SPM4502", span, $"'{key}' = {text} is read as {asPercent}, since percentages are fractions when written without '%'; if {text}% was meant, write {text}%.");
}
