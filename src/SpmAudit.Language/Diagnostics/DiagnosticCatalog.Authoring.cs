namespace SpmAudit.Language.Diagnostics;

/// <summary>SPM39xx: mistakes whose echoes would bury their cause, reported once where they start.</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic MissingLevels(SourceSpan span, string used, string defaults) =>
        Error("SPM3901", span, $"The ruleset declares no 'levels', so its nodes would have to be {defaults}; they are {used}. Add 'levels {used}' to the header (YAML: 'levels: [{used.Replace(" > ", ", ", StringComparison.Ordinal)}]').");

    public static Diagnostic MissingMetClause(SourceSpan span, string id) =>
        Error("SPM3902", span, $"The score of indicator '{id}' has no 'met' clause; 'partial' is only tried when 'met' fails. Add 'met when …' (YAML: 'met: …') above it.");

    public static Diagnostic WrongKindOfFile(SourceSpan span, string path, string kind, string expected, string advice) =>
        Error("SPM3903", span, $"'{path}' is {kind}, not {expected}: {advice}.");
}
