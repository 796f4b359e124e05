namespace SpmAudit.Language.Diagnostics;

/// <summary>SPM465x: C# functions while an audit runs (warnings). The indicator becomes insufficient evidence; the audit goes on.</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic FunctionOutOfFuel(SourceSpan span, string function, string indicator, string limit) =>
        Warning("SPM4650", span, $"Function '{function}' was stopped in indicator {indicator}: it passed {limit}, as an endless loop or recursion does; the indicator is insufficient evidence.");

    public static Diagnostic FunctionThrew(SourceSpan span, string function, string indicator, string message) =>
        Warning("SPM4651", span, $"Function '{function}' failed in indicator {indicator}: {message}; the indicator is insufficient evidence.");
}
