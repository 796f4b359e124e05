namespace SpmAudit.Language.Diagnostics;

/// <summary>Tables, metrics and scorecards as a ruleset declares them (SPM37xx).</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic DuplicateTableName(SourceSpan span, string kind, string name, SourceSpan first) =>
        Error("SPM3700", span, $"{kind} '{name}' is already declared at {first}; each table, column, metric and scorecard has one name.");

    public static Diagnostic UnknownTable(SourceSpan span, string name, string? suggestion) =>
        Error("SPM3701", span, $"Table '{name}' is not declared.{Suggest(suggestion)}");

    public static Diagnostic UnknownColumn(SourceSpan span, string name, string tables, string? suggestion) =>
        Error("SPM3702", span, $"'{name}' is not a column of {tables}.{Suggest(suggestion)}");

    public static Diagnostic MetricKeyClash(SourceSpan span, string key, SourceSpan first) =>
        Error("SPM3703", span, $"Metric '{key}' has the key of an evidence item or metric declared at {first}; a metric's result is the evidence item of its key.");

    public static Diagnostic MetricIncomplete(SourceSpan span, string key, string part) =>
        Error("SPM3704", span, $"Metric '{key}' needs {part}.");

    public static Diagnostic JoinWithoutReference(SourceSpan span, string from, string joined) =>
        Error("SPM3705", span, $"'{from}' has no column that references '{joined}'; a metric joins the tables its own table references, so that no row is counted twice.");

    public static Diagnostic MisplacedAggregate(SourceSpan span, string problem) =>
        Error("SPM3706", span, $"{problem}.");

    public static Diagnostic TableExpressionType(SourceSpan span, string what, string expected, string found) =>
        Error("SPM3707", span, $"{what} expects {expected}, but this is {found}.");

    public static Diagnostic UnknownTableFunction(SourceSpan span, string name, string known, string? suggestion) =>
        Error("SPM3708", span, $"'{name}' cannot be computed over a table; the functions there are {known}.{Suggest(suggestion)}");

    public static Diagnostic InvalidMissingThreshold(SourceSpan span, string problem) =>
        Error("SPM3709", span, $"A missing-values threshold is 'missing <= <share> warning' or '… error' with a share from 0% to 100%: {problem}.");

    public static Diagnostic InvalidScorecard(SourceSpan span, string card, string problem) =>
        Error("SPM3710", span, $"Scorecard '{card}': {problem}.");

    public static Diagnostic ScorecardExceedsTable(SourceSpan span, string card, string line, int maximum, int covered) =>
        Error("SPM3711", span, $"Scorecard '{card}' can reach a score of {maximum} for line '{line}', but its likelihood table covers scores up to {covered}; every possible score needs a likelihood.");

    public static Diagnostic ScorecardColumnMissing(SourceSpan span, string card, string column, string table) =>
        Error("SPM3712", span, $"Scorecard '{card}' asks question '{column}', but table '{table}' has no column of that name to hold its answers.");

    public static Diagnostic InvalidKeyColumn(SourceSpan span, string table, string problem) =>
        Error("SPM3713", span, $"Table '{table}': {problem}.");

    public static Diagnostic UnknownScorecard(SourceSpan span, string name, string? suggestion) =>
        Error("SPM3714", span, $"'{name}' is not a declared scorecard.{Suggest(suggestion)}");
}
