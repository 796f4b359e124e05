using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Auditing;

/// <summary>An audit's result (null when an input has errors) and every diagnostic of its inputs.</summary>
public sealed record AuditOutcome(AuditResult? Result, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Success => Result is not null;
}
