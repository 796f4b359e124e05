namespace SpmAudit.Language.Diagnostics;

/// <summary>SPM51xx and SPM55xx: batch results read back for peer comparisons and portfolio reports.</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic BatchLineNotJson(SourceSpan span, string problem) =>
        Error("SPM5101", span, $"This line of the batch results is not a JSON object: {problem}. Each line is one institution, as 'audit --evidence-dir' writes it.");

    public static Diagnostic BatchLineField(SourceSpan span, string field, string expected) =>
        Error("SPM5102", span, $"Field '{field}' of this batch result should be {expected}.");

    public static Diagnostic NoBatchResults(SourceSpan span) =>
        Error("SPM5103", span, "The batch results hold no audited institution (after the filters), so there is nothing to report.");

    public static Diagnostic BatchOtherRuleset(SourceSpan span, int count, string found, string expected) =>
        Warning("SPM5501", span, $"{count} line(s) hold results of {found}, not {expected}; they are left out of the comparison.");

    public static Diagnostic NoPeers(SourceSpan span) =>
        Warning("SPM5502", span, "No other institution of the batch results has a score for this ruleset; the report is written without peer figures.");
}
