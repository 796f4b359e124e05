namespace SpmAudit.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static Diagnostic UnknownName(SourceSpan span, string name, string? suggestion) =>
        Error("SPM3001", span, $"'{name}' is not an evidence item, parameter or 'let' name of this ruleset.{Suggest(suggestion)}");

    public static Diagnostic DuplicateEvidenceItem(SourceSpan span, string key, SourceSpan first) =>
        Error("SPM3002", span, $"Evidence item '{key}' is already declared at {first}; declare each item once.");

    public static Diagnostic DuplicateNodeId(SourceSpan span, string id, SourceSpan first) =>
        Error("SPM3003", span, $"Id '{id}' is already used at {first}; ids must be unique in a ruleset.");

    public static Diagnostic WrongLevel(SourceSpan span, string found, string expected) =>
        Error("SPM3004", span, $"'{found}' cannot appear here; the next level is '{expected}'.");

    public static Diagnostic UnknownType(SourceSpan span, string name, string? suggestion) =>
        Error("SPM3005", span, $"Type '{name}' is not known; use boolean, integer, number, percentage, text, date, 'one of (...)' or 'list of {{...}}'.{Suggest(suggestion)}");

    public static Diagnostic OperatorTypeMismatch(SourceSpan span, string op, string left, string right) =>
        Error("SPM3006", span, $"Operator '{op}' cannot combine {left} and {right}.");

    public static Diagnostic ConditionNotBoolean(SourceSpan span, string where, string type) =>
        Error("SPM3007", span, $"The condition of {where} must be true or false, but this expression is {type}.");

    public static Diagnostic UnknownFunction(SourceSpan span, string name, string? suggestion) =>
        Error("SPM3008", span, $"Function '{name}' is not known.{Suggest(suggestion)}");

    public static Diagnostic WrongArgumentCount(SourceSpan span, string function, string expected, int found) =>
        Error("SPM3009", span, $"'{function}' takes {expected} argument(s), but {found} were given.");

    public static Diagnostic UnknownChoice(SourceSpan span, string choice, string item, string choices, string? suggestion) =>
        Error("SPM3010", span, $"'{choice}' is not a choice of '{item}' ({choices}).{Suggest(suggestion)}");

    public static Diagnostic IndicatorWithoutScore(SourceSpan span, string id) =>
        Error("SPM3011", span, $"Indicator '{id}' has no 'score' block; add one with at least 'met when ...'.");

    public static Diagnostic UnknownStatus(SourceSpan span, string status, string? suggestion) =>
        Error("SPM3012", span, $"'{status}' is not a status a rule can award; use 'met' or 'partial'.{Suggest(suggestion)}");

    public static Diagnostic DuplicateScoreRule(SourceSpan span, string status) =>
        Error("SPM3013", span, $"The score block already has a '{status}' rule; combine the conditions with 'or'.");

    public static Diagnostic IndicatorMemberOnGroup(SourceSpan span, string member, string level) =>
        Error("SPM3014", span, $"'{member}' belongs to indicators; a {level} only groups its children.");

    public static Diagnostic TooDeep(SourceSpan span, string id, string lastLevel) =>
        Error("SPM3015", span, $"'{id}' is nested below the last level '{lastLevel}'; indicators cannot have children.");

    public static Diagnostic ArgumentTypeMismatch(SourceSpan span, string function, int position, string expected, string found) =>
        Error("SPM3016", span, $"Argument {position} of '{function}' must be {expected}, but is {found}.");

    public static Diagnostic DuplicateParameter(SourceSpan span, string name, SourceSpan first) =>
        Error("SPM3017", span, $"Parameter '{name}' is already declared at {first}.");

    public static Diagnostic ParameterValueMismatch(SourceSpan span, string name, string expected, string found) =>
        Error("SPM3018", span, $"Parameter '{name}' is declared as {expected}, but its value is {found}.");

    public static Diagnostic DuplicateLet(SourceSpan span, string name) =>
        Error("SPM3019", span, $"'{name}' is already defined in this indicator or shadows an evidence item or parameter; pick another name.");

    public static Diagnostic UnknownRecordField(SourceSpan span, string field, string item, string? suggestion) =>
        Error("SPM3020", span, $"Records of '{item}' have no field '{field}'.{Suggest(suggestion)}");

    public static Diagnostic LambdaMisuse(SourceSpan span, string function) =>
        Error("SPM3021", span, $"'{function}' expects a list followed by 'r => ...' over its records.");

    public static Diagnostic InvalidWeight(SourceSpan span, string id) =>
        Error("SPM3022", span, $"The weight of '{id}' must be zero or more.");

    public static Diagnostic InvalidScaleEntry(SourceSpan span, string status) =>
        Error("SPM3023", span, $"Scale entry '{status}' must be one of met, partial, not_met with points between 0 and 1.");

    public static Diagnostic GradeBandsOutOfOrder(SourceSpan span, string grade) =>
        Error("SPM3024", span, $"Grade '{grade}' must have a lower threshold than the grade before it, between 0 and 100; list grades best first.");

    public static Diagnostic UnknownCapGrade(SourceSpan span, string grade) =>
        Error("SPM3025", span, $"Cap grade '{grade}' is not one of the declared grade bands.");

    public static Diagnostic InvalidRange(SourceSpan span, string key) =>
        Error("SPM3026", span, $"The range of '{key}' has a lower bound above its upper bound.");

    public static Diagnostic MissingHeader(SourceSpan span) =>
        Error("SPM3027", span, "This file has no 'ruleset <id> \"<title>\"' header; only rulesets can be checked or audited (modules are imported).");

    public static Diagnostic ModuleDeclaresScoring(SourceSpan span, string what) =>
        Error("SPM3028", span, $"A module cannot declare '{what}'; move it to the ruleset that imports the module.");

    public static Diagnostic ImportNotFound(SourceSpan span, string path) =>
        Error("SPM3029", span, $"Imported file '{path}' does not exist (paths are relative to the importing file).");

    public static Diagnostic ImportCycle(SourceSpan span, string cycle) =>
        Error("SPM3030", span, $"Import cycle: {cycle}. Move the shared declarations into a module both files import.");

    public static Diagnostic ImportOutsideRoot(SourceSpan span, string path, string root) =>
        Error("SPM3031", span, $"Import '{path}' leaves the ruleset root '{root}'; keep imported files inside it.");

    public static Diagnostic NoIndicators(SourceSpan span) =>
        Error("SPM3032", span, "The ruleset has no indicators, so nothing can be scored.");

    public static Diagnostic EmptyGroup(SourceSpan span, string id, string level) =>
        Error("SPM3033", span, $"{level} '{id}' has no children; add the next level or remove it.");

    public static Diagnostic InvalidCapStatus(SourceSpan span, string status) =>
        Error("SPM3034", span, $"A cap applies when a critical indicator is 'not met', 'partial' or 'insufficient', not '{status}'.");

    public static Diagnostic ImportedRuleset(SourceSpan span, string path) =>
        Error("SPM3035", span, $"'{path}' is a ruleset, not a module; only modules (files without a 'ruleset' header) can be imported.");

    public static Diagnostic MissingGrades(SourceSpan span) =>
        Error("SPM3036", span, "The ruleset declares no grade bands; add 'grades { \"A\" >= 80 ... }' with a lowest band at 0.");

    public static Diagnostic LowestBandAboveZero(SourceSpan span, string grade) =>
        Error("SPM3037", span, $"The lowest grade '{grade}' must start at 0 so that every score has a grade.");

    public static Diagnostic NameClash(SourceSpan span, string name) =>
        Error("SPM3038", span, $"Parameter '{name}' has the name of an evidence item; rename one of them.");

    public static Diagnostic InvalidLevels(SourceSpan span, string problem) =>
        Error("SPM3039", span, $"The 'levels' clause is not usable: {problem}.");

    public static Diagnostic NotComparable(SourceSpan span, string type) =>
        Error("SPM3040", span, $"Values of type {type} cannot be ordered; use == or != instead.");

    public static Diagnostic UnknownLevel(SourceSpan span, string level, string? suggestion) =>
        Error("SPM3041", span, $"'{level}' is not a level of this ruleset.{Suggest(suggestion)}");

    public static Diagnostic UnknownNodeId(SourceSpan span, string id, string? suggestion) =>
        Error("SPM3042", span, $"No node of this ruleset has the id '{id}'.{Suggest(suggestion)}");

    public static Diagnostic InvalidOutcomeStatus(SourceSpan span, string status) =>
        Error("SPM3043", span, $"'{status.Replace('_', ' ')}' is not a status; use met, partial, not met, insufficient or not_applicable.");

    public static Diagnostic UnknownScoringSetting(SourceSpan span, string key, string value, string? suggestion) =>
        Error("SPM3044", span, $"'{key} = {value}' is not a scoring setting; levels and 'default' take weighted_mean, flat_points, absolute or minimum, and 'missing' takes zero or exclude.{Suggest(suggestion)}");

    public static Diagnostic DuplicateCertification(SourceSpan span, string id) =>
        Error("SPM3045", span, $"Certification '{id}' is declared twice.");

    public static Diagnostic CertificationWithoutRule(SourceSpan span, string id) =>
        Error("SPM3046", span, $"Certification '{id}' has neither a 'pass' rule nor tiers, so it can never be decided.");

    public static Diagnostic ProfileUnknownId(SourceSpan span, string id, string? suggestion) =>
        Error("SPM3047", span, $"The profile names '{id}', which its base does not have.{Suggest(suggestion)}");

    public static Diagnostic BaseVersionMismatch(SourceSpan span, string expected, string found) =>
        Error("SPM3048", span, $"The profile was written for base version {expected}, but the base is version {found}; review the profile against the new base and update 'base_version'.");

    public static Diagnostic ProfileCycle(SourceSpan span, string cycle) =>
        Error("SPM3049", span, $"Profiles form a cycle: {cycle}.");

    public static Diagnostic PatternMatchesNothing(SourceSpan span, string pattern) =>
        Error("SPM3050", span, $"Pattern '{pattern}' matches no node of the base; a tailoring that selects nothing is a mistake.");

    public static Diagnostic ProfileUnknownParameter(SourceSpan span, string name, string? suggestion) =>
        Error("SPM3051", span, $"The base declares no parameter '{name}'.{Suggest(suggestion)}");

    public static Diagnostic ProfileChangesNothing(SourceSpan span, string what) =>
        Warning("SPM3547", span, $"This profile entry changes nothing: {what}.");

    public static Diagnostic MixedScoreLevels(SourceSpan span, string label) =>
        Error("SPM3052", span, $"'{label}' cannot be used here: a score block uses either 'met'/'partial' or positive numbered levels ('3 when …  2 when …'), not both.");

    public static Diagnostic ProfileUnknownModule(SourceSpan span, string path, string? suggestion) =>
        Error("SPM3055", span, $"The base imports no module '{path}' (paths are relative to the ruleset root).{Suggest(suggestion)}");

    public static Diagnostic InvalidLanguage(SourceSpan span, string language) =>
        Error("SPM3053", span, $"'{language}' is not a two-letter language code such as fr or es.");

    public static Diagnostic DuplicateTranslation(SourceSpan span, string id, string language) =>
        Error("SPM3054", span, $"'{id}' is already translated to '{language}'; keep one translation.");

    public static Diagnostic UnknownRequiredAssessment(SourceSpan span, string name, string? suggestion) =>
        Error("SPM3056", span, $"'{name}' is not an assessment type; 'required for' takes self-assessment, accompanied-self-assessment or external-audit.{Suggest(suggestion)}");

    public static Diagnostic InvalidFreshness(SourceSpan span, string text) =>
        Error("SPM3057", span, $"'valid for {text}' is not a duration evidence can stay valid for; write a whole number of months or years, such as 'valid for 24 months'.");

    public static Diagnostic MinimumCoverageOutOfRange(SourceSpan span, string text) =>
        Error("SPM3058", span, $"A minimum coverage of {text} cannot be reached or never matters; give a share above 0% and at most 100%.");

    public static Diagnostic UnusedEvidenceItem(SourceSpan span, string key) =>
        Warning("SPM3501", span, $"Evidence item '{key}' is declared here but no indicator reads it.");

    public static Diagnostic ZeroWeight(SourceSpan span, string id) =>
        Warning("SPM3502", span, $"'{id}' has weight 0, so it never changes a score; remove it or give it a weight.");

    public static Diagnostic UnreachableGrade(SourceSpan span, string grade) =>
        Warning("SPM3503", span, $"Grade '{grade}' can never be awarded: its band is empty.");

    public static Diagnostic DuplicateTitle(SourceSpan span, string title, string otherId) =>
        Warning("SPM3504", span, $"Title \"{title}\" is also the title of '{otherId}'; reviewers cannot tell them apart.");

    public static Diagnostic ConstantRule(SourceSpan span, string id, string status, bool value) =>
        Warning("SPM3505", span, $"The '{status}' rule of '{id}' is always {(value ? "true" : "false")} whenever its evidence is supplied (given the literals and the declared ranges); check the thresholds.");

    public static Diagnostic UnusedParameter(SourceSpan span, string name) =>
        Warning("SPM3506", span, $"Parameter '{name}' is declared but never used.");

    public static Diagnostic PercentageComparedWithPlainNumber(SourceSpan span, string literal, string other, string asPercent) =>
        Warning("SPM3508", span, $"{literal} is compared with {other}, a percentage; percentages are fractions, so {literal} means {asPercent}. Write {literal}% if that was meant.");

    public static Diagnostic PercentageParameterAbove100(SourceSpan span, string name, string literal, string asPercent) =>
        Warning("SPM3509", span, $"Parameter '{name}' is a percentage, so {literal} means {asPercent}; write {literal}% if that was meant.");

    public static Diagnostic EmptyTitle(SourceSpan span) =>
        Error("SPM3059", span, "The ruleset's title is empty; give it the name readers will see on every report.");

    public static Diagnostic InvalidVersion(SourceSpan span, string version) =>
        Error("SPM3060", span, $"'{version}' is not a semantic version; write MAJOR.MINOR.PATCH, such as 1.0.0 or 2.1.0-draft.");

    public static Diagnostic TooManyNodes(SourceSpan span, int limit) =>
        Error("SPM3061", span, $"The ruleset has more than {limit:N0} nodes; this one is past the limit. Split it into rulesets that are audited apart.");

    public static Diagnostic InvalidPath(SourceSpan span, string path, string problem) =>
        Error("SPM3062", span, $"'{path}' cannot name a file: {problem}.");
}
