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

    public static Diagnostic BundleUnreadable(SourceSpan span, string path, string reason) =>
        Error("SPM6101", span, $"'{path}' is not a readable bundle: {reason}");

    public static Diagnostic UnsafeEntryName(SourceSpan span, string name, string reason) =>
        Error("SPM6102", span, $"The bundle is refused: entry '{name}' is not a plain relative path ({reason}).");

    public static Diagnostic DuplicateEntry(SourceSpan span, string name) =>
        Error("SPM6103", span, $"The bundle is refused: entry '{name}' appears twice (names are compared ignoring case).");

    public static Diagnostic BundleTooLarge(SourceSpan span, string what) =>
        Error("SPM6104", span, $"The bundle is refused unread: {what}.");

    public static Diagnostic ManifestInvalid(SourceSpan span, string problem) =>
        Error("SPM6105", span, $"The bundle's manifest cannot be used: {problem}.");

    public static Diagnostic BundleFileChanged(SourceSpan span, string path) =>
        Error("SPM6106", span, $"'{path}' in the bundle does not match the SHA-256 its manifest records: the file was changed after bundling.");

    public static Diagnostic BundleFileMissing(SourceSpan span, string path) =>
        Error("SPM6107", span, $"'{path}' is listed in the bundle's manifest but missing from the bundle.");

    public static Diagnostic BundleUnlistedEntry(SourceSpan span, string name) =>
        Error("SPM6108", span, $"'{name}' is in the bundle but not in its manifest: it was added after bundling.");

    public static Diagnostic BundleEntryDamaged(SourceSpan span, string name, string reason) =>
        Error("SPM6109", span, $"'{name}' in the bundle is damaged and cannot be read: {reason}");

    public static Diagnostic BundleNeedsOtherEngine(SourceSpan span, string range, string current) =>
        Error("SPM6110", span, $"The bundle needs SpmAudit {range}; this is {current}. Install a matching version of the tool.");

    public static Diagnostic SignatureMismatch(SourceSpan span, string key) =>
        Error("SPM6201", span, $"The bundle's signature does not verify with '{key}': it was signed with another key, or the manifest was changed after signing.");

    public static Diagnostic BundleNotSigned(SourceSpan span, string key) =>
        Error("SPM6202", span, $"The bundle carries no signature to check with '{key}'.");

    public static Diagnostic KeyUnusable(SourceSpan span, string path, string reason) =>
        Error("SPM6203", span, $"Key file '{path}' cannot be used: {reason}.");

    public static Diagnostic SignatureUnreadable(SourceSpan span, string problem) =>
        Error("SPM6204", span, $"The bundle's signature cannot be read: {problem}.");

    public static Diagnostic WouldOverwrite(SourceSpan span, string path) =>
        Error("SPM6302", span, $"'{path}' already exists with other content; nothing was written. Choose an empty folder or move the file away.");

    public static Diagnostic CannotWrite(SourceSpan span, string path, string reason) =>
        Error("SPM6305", span, $"'{path}' cannot be written: {reason}");

    public static Diagnostic FolderNotEmpty(SourceSpan span, string folder) =>
        Error("SPM6303", span, $"Folder '{folder}' is not empty; nothing was written. Name a new or empty folder.");

    public static Diagnostic InvalidSourceDateEpoch(SourceSpan span, string value) =>
        Error("SPM6304", span, $"SOURCE_DATE_EPOCH is '{value}', not a number of seconds since 1970-01-01 (UTC); unset it to date the bundle now.");
}
