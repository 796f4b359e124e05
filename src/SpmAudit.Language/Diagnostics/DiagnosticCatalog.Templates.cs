namespace SpmAudit.Language.Diagnostics;

public static partial class DiagnosticCatalog
{
    public static Diagnostic TemplateSyntax(SourceSpan span, string message) =>
        Error("SPM5001", span, $"Template error: {message}");

    public static Diagnostic TemplateRuntime(SourceSpan span, string message) =>
        Error("SPM5002", span, $"Template failed while rendering: {message}");

    public static Diagnostic TemplateNotFound(SourceSpan span, string name) =>
        Error("SPM5003", span, $"Template '{name}' does not exist in the template directory or the built-in set.");

    public static Diagnostic ReportTooLong(SourceSpan span, int limit) =>
        Error("SPM5004", span, $"The report would be longer than {limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, so it is refused rather than cut; nothing was written. Use the JSON format, or a template that summarises long lists.");

    public static Diagnostic TemplateOutsideFolder(SourceSpan span, string name) =>
        Error("SPM5005", span, $"Template '{name}' is a link to a file outside the template folder; it is not read.");

    public static Diagnostic TemplateFolderMissing(SourceSpan span) =>
        Error("SPM5006", span, "The template folder does not exist or is not a folder.");
}
