using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// 'data: { period: { from, to }, tables: { loans: data/loans.csv } }': the institution's own records
/// behind the metrics, as written. Paths are relative to the evidence pack's folder.
/// </summary>
public sealed record DocumentData(SourceSpan Span, DocumentText? PeriodFrom, DocumentText? PeriodTo, ImmutableArray<DocumentTable> Tables)
{
    /// <summary>The folder the pack was read from, which its paths are relative to; null for a pack read from memory (then the display path's folder).</summary>
    public string? Folder { get; init; }
}

public sealed record DocumentTable(DocumentText Name, DocumentText Path);
