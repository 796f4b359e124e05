namespace SpmAudit.Language.Diagnostics;

/// <summary>SPM71xx: comparing two editions of a ruleset with 'spm-audit diff' (7100–7149 errors, 7150–7199 warnings).</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic NoPacksToRescore(SourceSpan span, string folder, string extensions) =>
        Error("SPM7100", span, $"'{folder}' holds no evidence packs ({extensions}) to re-score; name a pack or a folder of packs after --evidence.");

    public static Diagnostic PackFailsUnderOneEdition(SourceSpan span, string pack, string failing, string passing) =>
        Error("SPM7101", span, $"'{pack}' audits under {passing} but not under {failing} (see the errors reported for it); its row shows no score under {failing}.");

    public static Diagnostic NotEditionsOfOneRuleset(SourceSpan span, string oldId, string newId) =>
        Warning("SPM7150", span, $"The two rulesets have different ids ('{oldId}' and '{newId}'), so they are not editions of one ruleset; nodes and indicators are still matched by id.");

    public static Diagnostic SameRulesetTwice(SourceSpan span, string ruleset) =>
        Warning("SPM7151", span, $"Both sides are {ruleset} from the same sources, so nothing can differ; name the old edition first and the new one second.");

    public static Diagnostic NewEditionNotNewer(SourceSpan span, string oldVersion, string newVersion) =>
        Warning("SPM7152", span, $"The new edition's version {newVersion} is not newer than the old one's {oldVersion}: were the two swapped? Changes are listed from the first to the second as given.");
}
