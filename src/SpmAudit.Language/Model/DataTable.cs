using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>A declared table: the schema an evidence pack's data file must follow, and its quality rules.</summary>
public sealed record DataTable(
    string Name,
    string Title,
    ImmutableArray<TableColumn> Columns,
    ImmutableArray<string> Key,
    ImmutableArray<TableCheck> Checks,
    MissingThreshold? Missing,
    SourceSpan Span)
{
    public TableColumn? Find(string column) => Columns.FirstOrDefault(c => c.Name == column);
}

/// <summary>A column: its type and allowed values, the table it references, its tolerated share of empty cells.</summary>
public sealed record TableColumn(string Name, DataType Type, double? Min, double? Max, string? References, MissingThreshold? Missing, SourceSpan Span);

/// <summary>A condition every row keeps ('disbursed_on &lt;= maturity_on'), and what breaking it means.</summary>
public sealed record TableCheck(TableExpression Condition, string Message, SourceSpan Span);

/// <summary>Above <see cref="Share"/> empty cells in a column the pack gets a diagnostic of <see cref="Severity"/>.</summary>
public sealed record MissingThreshold(double Share, Severity Severity);
