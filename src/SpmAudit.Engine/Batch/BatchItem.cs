using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Batch;

/// <summary>
/// One evidence pack of a batch: its result, or the diagnostics that stopped it, or (a bug, never
/// a user error) the exception that did: one pack's failure never stops the others.
/// </summary>
public sealed record BatchItem(string Path, AuditResult? Result, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>What went wrong inside SpmAudit while auditing this pack; null unless there is a bug.</summary>
    public string? InternalError { get; init; }
}
