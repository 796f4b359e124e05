using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Evidence;

/// <summary>
/// One supplied evidence value. <see cref="Value"/> is typed by the dictionary: bool, double
/// (numbers; percentages as fractions), string (text and choices), DateOnly, or
/// <c>IReadOnlyList&lt;object?[]&gt;</c> for lists of records. Null means "supplied as unknown".
/// </summary>
public sealed record EvidenceEntry(string Key, object? Value, string Text, EvidenceSource? Source, string? Comment, SourceSpan Span)
{
    public bool IsMissing => Value is null;

    /// <summary>The function (department) of the institution that answers for this item.</summary>
    public string? Function { get; init; }

    /// <summary>
    /// Why a supplied value is not used: it is older than the freshness the dictionary declares
    /// ('valid for 24 months'). Such an entry has no <see cref="Value"/>, so it counts as missing.
    /// </summary>
    public string? Stale { get; init; }

    /// <summary>For a metric: the query and data files it was computed from; null for a value given by hand.</summary>
    public Tables.ComputedEvidence? Computed { get; init; }
}
