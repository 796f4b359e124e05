namespace SpmAudit.Language.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
