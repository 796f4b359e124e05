using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// 'metric metric.par30_by_branch "…" { from loans  where …  by branch  value ratio(…) }': a figure
/// computed from a table; its result is the evidence item of the same key.
/// </summary>
public sealed record MetricSyntax(
    SourceSpan Span,
    string Key,
    string Title,
    string? From,
    ImmutableArray<string> Joins,
    ExpressionSyntax? Where,
    ImmutableArray<string> GroupBy,
    ExpressionSyntax? Value)
{
    /// <summary>'pair client_id by round from 1 to 2': the metric runs over pairs of rows of two rounds.</summary>
    public PairSyntax? Pair { get; init; }
}

/// <summary>
/// 'pair client_id by round from 1 to 2': each key's row of the earlier round with its row of the
/// later round; the metric's 'where' and 'value' read them through earlier(…), later(…) and change(…).
/// </summary>
public sealed record PairSyntax(SourceSpan Span, ImmutableArray<string> Key, string Round, ExpressionSyntax Earlier, ExpressionSyntax Later);
