namespace SpmAudit.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static Diagnostic SyntaxError(SourceSpan span, string found, string expected) =>
        Error("SPM1001", span, expected.Length == 0 ? $"Unexpected {found}." : $"Unexpected {found}; expected {expected}.");

    public static Diagnostic UnexpectedCharacter(SourceSpan span, string character) =>
        Error("SPM1002", span, $"Character '{character}' is not part of the language; remove it or put it inside a string.");

    public static Diagnostic UnterminatedString(SourceSpan span) =>
        Error("SPM1003", span, "String is not closed; add the closing '\"' on the same line.");

    public static Diagnostic SpaceInNodeId(SourceSpan span, string id) =>
        Error("SPM1004", span, $"Node id '{id}' contains spaces; write it without spaces, e.g. '1.A.1'.");

    public static Diagnostic InvalidDate(SourceSpan span, string text) =>
        Error("SPM1005", span, $"'{text}' is not a calendar date; write YYYY-MM-DD.");

    public static Diagnostic InvalidEscape(SourceSpan span, string sequence) =>
        Error("SPM1006", span, $"Escape '{sequence}' is not known; use \\\" or \\\\.");

    public static Diagnostic InvalidNumber(SourceSpan span, string text) =>
        Error("SPM1007", span, $"'{text}' is not a usable number.");

    public static Diagnostic InvalidId(SourceSpan span, string id) =>
        Error("SPM1008", span, $"'{id}' is not a valid id: ids are letters, digits and _, in parts joined by single dots or hyphens (1.A.1, ac-2).");

    public static Diagnostic NestedTooDeep(SourceSpan span, int limit) =>
        Error("SPM1009", span, $"Expressions or blocks nest more than {limit:N0} deep here; split the rule with 'let' names or simplify it.");
}
