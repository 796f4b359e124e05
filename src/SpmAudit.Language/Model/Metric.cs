using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>
/// A figure computed from a table: rows of <see cref="From"/> (with the tables it references in
/// <see cref="Joins"/>) that keep <see cref="Where"/>, grouped by <see cref="GroupBy"/>, reduced to
/// <see cref="Value"/>. Its result is the evidence item <see cref="Key"/>: a number, or for a grouped
/// metric a list of records with the group's columns and 'value'.
/// </summary>
public sealed record Metric(
    string Key,
    string Title,
    DataTable From,
    ImmutableArray<DataTable> Joins,
    TableExpression? Where,
    ImmutableArray<TableColumnRef> GroupBy,
    TableExpression Value,
    SourceSpan Span)
{
    /// <summary>The field of a grouped metric's records that holds the figure.</summary>
    public const string ValueField = "value";

    public DataType ValueType => Value.Type;
}
