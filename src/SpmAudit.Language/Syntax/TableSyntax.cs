using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// 'table loans "Loan records" { … }': the schema of a data file an evidence pack supplies, with the
/// quality rules its rows must keep. The rows themselves never enter the evidence model.
/// </summary>
public sealed record TableSyntax(
    SourceSpan Span,
    string Name,
    string Title,
    ImmutableArray<ColumnSyntax> Columns,
    ImmutableArray<string> Key,
    ImmutableArray<TableCheckSyntax> Checks,
    MissingThresholdSyntax? Missing);

/// <summary>'amount : number range 0.. references clients missing &lt;= 5% warning'.</summary>
public sealed record ColumnSyntax(SourceSpan Span, string Name, TypeSyntax Type, decimal? Min, decimal? Max, string? References, MissingThresholdSyntax? Missing);

/// <summary>'check disbursed_on &lt;= maturity_on "…"': a condition every row keeps, with what breaking it means.</summary>
public sealed record TableCheckSyntax(SourceSpan Span, ExpressionSyntax Condition, string Message);

/// <summary>'missing &lt;= 5% warning': the share of empty cells tolerated in a column, and what passing it is.</summary>
public sealed record MissingThresholdSyntax(SourceSpan Span, decimal Share, string Severity);
