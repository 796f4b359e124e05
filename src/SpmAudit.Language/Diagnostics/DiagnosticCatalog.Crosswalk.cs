namespace SpmAudit.Language.Diagnostics;

/// <summary>Crosswalk files between two rulesets: SPM72xx errors and, in the warning half of the thousand, SPM755x warnings.</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic NotACrosswalk(SourceSpan span, string path) =>
        Error("SPM7200", span, $"'{path}' is not a crosswalk: it needs 'from' and 'to' (each a ruleset id and version), then 'indicators' and/or 'evidence' mappings.");

    public static Diagnostic CrosswalkRulesetMismatch(SourceSpan span, string side, string expected, string given) =>
        Error("SPM7201", span, $"The crosswalk's '{side}' is ruleset '{expected}', but '{given}' was given; give the rulesets in the crosswalk's order ({side} = '{expected}').");

    public static Diagnostic CrosswalkVersionMismatch(SourceSpan span, string side, string ruleset, string expected, string given) =>
        Error("SPM7202", span, $"The crosswalk's '{side}' was written for {ruleset} version {expected}, but version {given} was given; its mappings may not hold for that edition.");

    public static Diagnostic CrosswalkUnknownIndicator(SourceSpan span, string ruleset, string id, string? suggestion) =>
        Error("SPM7203", span, $"Ruleset '{ruleset}' has no indicator '{id}'.{Suggest(suggestion)}");

    public static Diagnostic CrosswalkUnknownKey(SourceSpan span, string ruleset, string key, string? suggestion) =>
        Error("SPM7204", span, $"The evidence dictionary of '{ruleset}' has no key '{key}'.{Suggest(suggestion)}");

    public static Diagnostic CrosswalkUnknownRelation(SourceSpan span, string relation) =>
        Error("SPM7205", span, $"'{relation}' is not a relation; write equivalent, broader, narrower or related.");

    public static Diagnostic CrosswalkDuplicateMapping(SourceSpan span, string what, SourceSpan first) =>
        Error("SPM7206", span, $"{what} is already mapped at {first}; map each pair once.");

    public static Diagnostic CrosswalkBadConversion(SourceSpan span, string problem) =>
        Error("SPM7207", span, $"This conversion cannot be applied: {problem}.");

    public static Diagnostic CrosswalkTypesDiffer(SourceSpan span, string fromKey, string fromType, string toKey, string toType) =>
        Warning("SPM7550", span, $"'{fromKey}' ({fromType}) is mapped to '{toKey}' ({toType}) without a conversion between the two types; the value may not read as the other key's.");
}
