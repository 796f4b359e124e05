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

    /// <summary>Set for a metric over pairs of rows of two rounds ('pair client_id by round from 1 to 2').</summary>
    public MetricPairing? Pairing { get; init; }
}

/// <summary>
/// Pairs each <see cref="Key"/>'s row whose <see cref="Round"/> is <see cref="Earlier"/> with its
/// row whose round is <see cref="Later"/>: a client's two scorecard rounds. Keys present in only one
/// of the rounds are counted in a warning and left out; a key with two rows in one round is a
/// data error, since the pair would be ambiguous.
/// </summary>
public sealed record MetricPairing(ImmutableArray<TableColumnRef> Key, TableColumnRef Round, TableConstant Earlier, TableConstant Later);
