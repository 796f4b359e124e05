namespace SpmAudit.Language.Diagnostics;

/// <summary>SPM70xx: the test case files of 'spm-audit test'.</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic NotATestFile(SourceSpan span, string path) =>
        Error("SPM7001", span, $"'{path}' is not a test case file: it needs 'ruleset' (the ruleset it tests) and 'cases' (a list), or one case with 'name', 'evidence' and 'expect'.");

    public static Diagnostic DuplicateTestCase(SourceSpan span, string name) =>
        Error("SPM7002", span, $"Two cases of this file are named '{name}'; give each its own name, so a failure says which one failed.");

    public static Diagnostic TestCaseWithoutEvidence(SourceSpan span, string name) =>
        Error("SPM7003", span, $"Case '{name}' has no 'evidence': name a pack (a path relative to this file) or write one inline as a mapping.");

    public static Diagnostic TestCaseExpectsNothing(SourceSpan span, string name) =>
        Error("SPM7004", span, $"Case '{name}' has no 'expect' entries, so it could never fail; expect a score, a grade, statuses of indicators or nodes, caps or certifications.");

    public static Diagnostic UnknownTestStatus(SourceSpan span, string word) =>
        Error("SPM7005", span, $"'{word}' is not a status; write met, partial, not_met, not_applicable or insufficient.");

    public static Diagnostic UnknownTestSubject(SourceSpan span, string kind, string id, string? suggestion) =>
        Error("SPM7006", span, $"The ruleset has no {kind} '{id}'.{Suggest(suggestion)}");

    public static Diagnostic NoTestCases(SourceSpan span, string path) =>
        Error("SPM7007", span, $"No test cases found for '{path}': a test case file ends in '.test.yaml' and names the ruleset it tests in 'ruleset'.");

    public static Diagnostic TestRulesetHasErrors(SourceSpan span, string ruleset) =>
        Error("SPM7008", span, $"Ruleset '{ruleset}' has errors (listed above), so its cases were not run.");
}
