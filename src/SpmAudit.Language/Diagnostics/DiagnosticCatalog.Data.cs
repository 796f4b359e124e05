namespace SpmAudit.Language.Diagnostics;

/// <summary>Data files of an evidence pack and the metrics and scorecards computed from them (SPM47xx, SPM48xx).</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic DataColumnMissing(SourceSpan span, string table, string column) =>
        Error("SPM4700", span, $"The file of table '{table}' has no column '{column}'; the ruleset declares it.");

    public static Diagnostic DataWrongType(SourceSpan span, string value, string expected, string more) =>
        Error("SPM4701", span, $"'{value}' is not {expected}.{more}");

    public static Diagnostic DataDuplicateKey(SourceSpan span, string table, string key, string firstRow, string more) =>
        Error("SPM4702", span, $"Key {key} of table '{table}' is already on row {firstRow}; each row has its own key.{more}");

    public static Diagnostic DataImpossibleValue(SourceSpan span, string value, string allowed, string more) =>
        Error("SPM4703", span, $"{value} is not possible here: {allowed}.{more}");

    public static Diagnostic DataBrokenReference(SourceSpan span, string value, string target, string more) =>
        Error("SPM4704", span, $"'{value}' is not a key of table '{target}'.{more}");

    public static Diagnostic DataCheckFailed(SourceSpan span, string message, string more) =>
        Error("SPM4705", span, $"This row breaks the table's check: {message}.{more}");

    public static Diagnostic DataTooManyMissing(SourceSpan span, string column, string share, string limit) =>
        Error("SPM4706", span, $"Column '{column}' is empty in {share} of the rows; the ruleset tolerates {limit}.");

    public static Diagnostic DataManyMissing(SourceSpan span, string column, string share, string limit) =>
        Warning("SPM4756", span, $"Column '{column}' is empty in {share} of the rows; the ruleset expects at most {limit}.");

    public static Diagnostic DataFileUnreadable(SourceSpan span, string path, string reason) =>
        Error("SPM4707", span, $"Data file '{path}' cannot be read: {reason}.");

    public static Diagnostic DataUndeclaredTable(SourceSpan span, string name, string? suggestion) =>
        Error("SPM4708", span, $"Table '{name}' is not declared by the ruleset.{Suggest(suggestion)}");

    public static Diagnostic DataPeriodInvalid(SourceSpan span, string problem) =>
        Error("SPM4709", span, $"The data period is not usable: {problem}.");

    public static Diagnostic MetricSuppliedByHand(SourceSpan span, string key) =>
        Error("SPM4710", span, $"'{key}' is a metric computed from the pack's data; it cannot also be given by hand.");

    public static Diagnostic DataShape(SourceSpan span, string problem) =>
        Error("SPM4711", span, $"'data' {problem}.");

    public static Diagnostic ScorecardUnknownAnswer(SourceSpan span, string answer, string card, string answers, string more) =>
        Error("SPM4800", span, $"'{answer}' is not an answer of scorecard '{card}' ({answers}).{more}");

    public static Diagnostic ScorecardUnanswered(SourceSpan span, string metric, string rows, string total, string card) =>
        Warning("SPM4851", span, $"Metric '{metric}': {rows} of {total} rows leave a question of scorecard '{card}' unanswered; they are counted here and left out of the poverty rate.");
}
