namespace SpmAudit.Language.Diagnostics;

/// <summary>
/// Every diagnostic SpmAudit can report, one factory method per code. Codes are stable:
/// SPM0xxx files, SPM1xxx DSL syntax, SPM2xxx YAML structure, SPM3xxx binding and types,
/// SPM4xxx evidence, SPM5xxx templates, SPM6xxx distribution (shipped rulesets, bundles).
/// docs/diagnostics.md lists them; a test keeps both in sync.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static Diagnostic Error(string code, SourceSpan span, string message) => new(code, Severity.Error, span, message);

    private static Diagnostic Warning(string code, SourceSpan span, string message) => new(code, Severity.Warning, span, message);

    /// <summary>Appends " Did you mean 'x'?" when a close candidate exists.</summary>
    private static string Suggest(string? suggestion) => suggestion is null ? "" : $" Did you mean '{suggestion}'?";

    public static Diagnostic FileNotFound(SourceSpan span, string path) =>
        Error("SPM0001", span, $"File '{path}' does not exist. Check the path; relative paths start from the current folder.");

    public static Diagnostic FileUnreadable(SourceSpan span, string path, string reason) =>
        Error("SPM0002", span, $"File '{path}' cannot be read: {reason}");

    public static Diagnostic TooManyErrors(SourceSpan span, int max) =>
        Error("SPM0003", span, $"Stopped after {max} errors; fix these and run again to see the rest.");

    public static Diagnostic NotAResultDocument(SourceSpan span, string path, string reason) =>
        Error("SPM0005", span, $"'{path}' is not a result document of 'spm-audit audit --format json' ({reason}).");

    public static Diagnostic TrendOfSeveralInstitutions(SourceSpan span, string path, string institution, string firstPath, string firstInstitution) =>
        Error("SPM0006", span, $"'{path}' is a result of '{institution}', but '{firstPath}' is of '{firstInstitution}'; a trend compares the assessments of one institution.");

    public static Diagnostic UnsupportedExtension(SourceSpan span, string path) =>
        Error("SPM0004", span, $"File '{path}' has an unsupported extension; rulesets are '.spm' (DSL) or '.yaml'/'.yml'.");

    public static Diagnostic FileTooLarge(SourceSpan span, string path, string limit) =>
        Error("SPM0010", span, $"File '{path}' is larger than the {limit} an input may be; nothing of it was read.");

    public static Diagnostic NotARegularFile(SourceSpan span, string path) =>
        Error("SPM0011", span, $"'{path}' is a device, a pipe or a socket, not a regular file; only files are read.");

    public static Diagnostic UnsupportedEncoding(SourceSpan span, string path, string problem) =>
        Error("SPM0007", span, $"File '{path}' {problem}; inputs are read as UTF-8.");

    public static Diagnostic RulesetTooLarge(SourceSpan span, string limit) =>
        Error("SPM0008", span, $"The ruleset's files together are larger than {limit}; nothing more was read.");

    public static Diagnostic TextTooLong(SourceSpan span, int limit) =>
        Error("SPM0009", span, $"This text is longer than the {limit:N0} characters a text may have; shorten it or refer to a document.");

    public static string Limit(long bytes) => $"{bytes / (1024 * 1024)} MiB";
}
