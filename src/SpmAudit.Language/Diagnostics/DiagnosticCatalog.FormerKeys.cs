namespace SpmAudit.Language.Diagnostics;

/// <summary>Deprecated evidence keys ('formerly'): SPM309x where a dictionary declares them, SPM4030 and SPM4503 where a pack uses them.</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic FormerKeyTaken(SourceSpan span, string key, string owner, SourceSpan first) =>
        Error("SPM3090", span, $"'{key}' cannot be a former key of '{owner}': it is already used at {first}; a key reads as one item only.");

    public static Diagnostic FormerChoiceUnknown(SourceSpan span, string key, string choice, string choices) =>
        Error("SPM3091", span, $"Former key '{key}' maps a choice to '{choice}', which is not a choice of the item ({choices}).");

    public static Diagnostic RuleReadsFormerKey(SourceSpan span, string oldKey, string key) =>
        Error("SPM3092", span, $"'{oldKey}' is a former key of '{key}'; rules read the current key, so write '{key}' (with its choices, which may have been renamed).");

    public static Diagnostic FormerKeyAndKeyDisagree(SourceSpan span, string oldKey, string oldValue, string key, string value, SourceSpan keySpan) =>
        Error("SPM4030", span, $"'{oldKey}' = {oldValue} is the old key of '{key}', which the pack also answers as {value} at {keySpan}; keep only '{key}'.");

    public static Diagnostic FormerKeyUsed(SourceSpan span, string oldKey, string key) =>
        Warning("SPM4503", span, $"'{oldKey}' is a former key of the evidence dictionary; it is read as '{key}'. Rename it to '{key}' (see 'Renamed keys' in docs/evidence.md).");
}
