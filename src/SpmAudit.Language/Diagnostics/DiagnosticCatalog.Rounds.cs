namespace SpmAudit.Language.Diagnostics;

/// <summary>
/// Reading one group of a grouped metric ('metric.x[branch = "Kaya"]', SPM3730–SPM3733), and
/// metrics over paired rows of two rounds ('pair client_id by round from 1 to 2': SPM3734–SPM3736
/// in the ruleset, SPM4720 and SPM4770 in the data).
/// </summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic SelectorTarget(SourceSpan span, string target, string found) =>
        Error("SPM3730", span, $"'{target}' is {found}; '[column = value]' picks one group of a grouped metric (a metric with 'by') or one record of a list with a 'value' field.");

    public static Diagnostic SelectorUnknownColumn(SourceSpan span, string column, string target, string columns, string? suggestion) =>
        Error("SPM3731", span, $"'{column}' is not a group column of '{target}'; its groups are named by {columns}.{Suggest(suggestion)}");

    public static Diagnostic SelectorValueType(SourceSpan span, string column, string expected, string found) =>
        Error("SPM3732", span, $"Group column '{column}' holds {expected}, but this value is {found}.");

    public static Diagnostic SelectorColumns(SourceSpan span, string target, string problem) =>
        Error("SPM3733", span, $"The selector of '{target}' {problem}; it names each group column once, so that it picks one group.");

    public static Diagnostic PairInvalid(SourceSpan span, string metric, string problem) =>
        Error("SPM3734", span, $"Metric '{metric}' pairs rows of two rounds, but {problem}.");

    public static Diagnostic PairedColumnOutsideSide(SourceSpan span, string what, string metric) =>
        Error("SPM3735", span, $"'{what}' may differ between the two rows of a pair in metric '{metric}'; read it through earlier(…), later(…) or change(…); only the pair's key is the same on both.");

    public static Diagnostic PairSideMisplaced(SourceSpan span, string function, string problem) =>
        Error("SPM3736", span, $"'{function}' {problem}.");

    public static Diagnostic PairDuplicateRow(SourceSpan span, string table, string key, string round, string firstRow, string metric, string more) =>
        Error("SPM4720", span, $"{key} has two rows in round {round} of table '{table}' (the first on row {firstRow}); metric '{metric}' pairs one row per round.{more}");

    public static Diagnostic PairUnmatched(SourceSpan span, string metric, string earlierOnly, string earlierRound, string laterOnly, string laterRound, string pairs) =>
        Warning("SPM4770", span, $"Metric '{metric}': {earlierOnly} row(s) of round {earlierRound} and {laterOnly} of round {laterRound} have no row with the same key in the other round; they are counted here and left out of the {pairs} pair(s) (the first is at this row).");
}
