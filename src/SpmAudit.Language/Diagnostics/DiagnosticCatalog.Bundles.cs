namespace SpmAudit.Language.Diagnostics;

/// <summary>
/// SPM6xxx, distribution: SPM60xx shipped rulesets by name, SPM61xx reading bundles,
/// SPM62xx signatures and keys, SPM63xx writing bundles, exports and first-run folders.
/// </summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic UnknownShippedRuleset(SourceSpan span, string name, string? suggestion) =>
        Error("SPM6001", span, $"'{name}' is neither a file nor a shipped ruleset.{Suggest(suggestion)} 'spm-audit rulesets' lists the shipped ones.");

    public static Diagnostic NoMatchingShippedVersion(SourceSpan span, string name, string version, string shipped) =>
        Error("SPM6002", span, $"No shipped version of '{name}' matches '{version}'; shipped: {shipped}.");

    public static Diagnostic InvalidVersionSpec(SourceSpan span, string version) =>
        Error("SPM6003", span, $"'{version}' is not a version to match: write a major version ('3'), a minor line ('3.0') or an exact version ('3.0.0').");

    public static Diagnostic SourceOutsideRoot(SourceSpan span, string path, string root) =>
        Error("SPM6301", span, $"'{path}' lies outside the ruleset root '{root}', so it cannot be bundled or exported; put a .spmroot file in a folder that holds every file of the ruleset.");

    public static Diagnostic WouldOverwrite(SourceSpan span, string path) =>
        Error("SPM6302", span, $"'{path}' already exists with other content; nothing was written. Choose an empty folder or move the file away.");

    public static Diagnostic CannotWrite(SourceSpan span, string path, string reason) =>
        Error("SPM6305", span, $"'{path}' cannot be written: {reason}");
}
