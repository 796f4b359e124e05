using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Batch;

/// <summary>One evidence pack of a batch: its result, or the diagnostics that stopped it.</summary>
public sealed record BatchItem(string Path, AuditResult? Result, ImmutableArray<Diagnostic> Diagnostics);
