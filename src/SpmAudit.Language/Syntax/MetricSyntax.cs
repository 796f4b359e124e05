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
    ExpressionSyntax? Value);
