using System.Collections.Immutable;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// How a metric's value was computed: the SQL that ran with its parameters, and the data files it
/// read with their SHA-256 and row counts, so that anyone holding the files can compute it again.
/// </summary>
public sealed record ComputedEvidence(string Metric, string Sql, ImmutableArray<string> Parameters, ImmutableArray<DataFileFingerprint> Files)
{
    /// <summary>For grouped metrics, the number of groups; null for a single figure.</summary>
    public int? Groups { get; init; }
}

/// <summary>A data file as read: the table it fills, where it is, the SHA-256 of its bytes and its number of rows.</summary>
public sealed record DataFileFingerprint(string Table, string Path, string Sha256, long Rows);

/// <summary>A metric's result as the tables stage hands it on: the evidence binder turns it into the entry of its key.</summary>
public sealed record ComputedMetric(string Key, object? Value, string Display, string? Mis, string? Date, Language.Diagnostics.SourceSpan Span, ComputedEvidence Provenance);
