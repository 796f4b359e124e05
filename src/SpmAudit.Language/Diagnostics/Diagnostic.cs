namespace SpmAudit.Language.Diagnostics;

/// <summary>One finding about an input: a stable code, where it is, and what to do about it.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceSpan Span, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The form compilers use, which editors and CI log parsers recognise.</summary>
    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
