namespace SpmAudit.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static Diagnostic YamlSyntax(SourceSpan span, string problem) =>
        Error("SPM2001", span, $"YAML is not well formed: {problem}");

    public static Diagnostic DuplicateKey(SourceSpan span, string key, SourceSpan first) =>
        Error("SPM2002", span, $"Key '{key}' appears twice in the same mapping (first at line {first.Line}); keep one.");

    public static Diagnostic UnknownField(SourceSpan span, string field, string where, string? suggestion) =>
        Error("SPM2003", span, $"Field '{field}' is not allowed in {where}.{Suggest(suggestion)}");

    public static Diagnostic WrongShape(SourceSpan span, string expected, string found) =>
        Error("SPM2004", span, $"Expected {expected} here, found {found}.");

    public static Diagnostic MissingField(SourceSpan span, string field, string where) =>
        Error("SPM2005", span, $"{Capitalize(where)} needs the field '{field}'.");

    public static Diagnostic InvalidScalar(SourceSpan span, string text, string expected) =>
        Error("SPM2006", span, $"'{text}' is not {expected}.");

    public static Diagnostic AmbiguousNodeKind(SourceSpan span, string levels) =>
        Error("SPM2007", span, $"A node names its level with exactly one key of {levels}.");

    public static Diagnostic InvalidName(SourceSpan span, string text, string what, string rule) =>
        Error("SPM2008", span, $"'{text}' is not a valid {what}: {rule}.");

    public static Diagnostic YamlTooDeep(SourceSpan span, int limit) =>
        Error("SPM2009", span, $"YAML nests more than {limit} levels deep here; nothing SpmAudit reads needs that many.");

    public static Diagnostic YamlAliasLimit(SourceSpan span, string problem) =>
        Error("SPM2010", span, $"This YAML document uses {problem}; it is not read further.");

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
