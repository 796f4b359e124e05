namespace SpmAudit.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static Diagnostic TemplateSyntax(SourceSpan span, string message) =>
        Error("SPM5001", span, $"Template error: {message}");

    public static Diagnostic TemplateRuntime(SourceSpan span, string message) =>
        Error("SPM5002", span, $"Template failed while rendering: {message}");

    public static Diagnostic TemplateNotFound(SourceSpan span, string name) =>
        Error("SPM5003", span, $"Template '{name}' does not exist in the template directory or the built-in set.");
}
