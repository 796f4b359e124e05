using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// earlier(x), later(x) and change(x) in a metric over pairs of rows. A column of the metric's own
/// table may differ between the two rows, so outside these it is an error, except the pair's key
/// (the same on both rows by construction) and columns of joined tables (joined through the key).
/// </summary>
internal sealed partial class TableExpressionBinder
{
    private bool? _side;

    /// <summary>The metric whose 'where' and 'value' are bound, when it pairs rows; null otherwise.</summary>
    public string? PairedMetric { get; init; }

    /// <summary>The key columns of the pairs: the same on both rows.</summary>
    public ImmutableArray<string> PairKey { get; init; } = [];

    /// <summary>A round value of 'pair … from x to y': a literal or parameter, a bare name a choice of the round column.</summary>
    public TableExpression BindRound(ExpressionSyntax syntax, DataType roundType) =>
        syntax is NameSyntax name ? BindName(name, roundType, inAggregate: false) : Bind(syntax);

    private TableExpression BindSide(CallSyntax call, bool inAggregate)
    {
        if (PairedMetric is null)
        {
            return Fail(DiagnosticCatalog.PairSideMisplaced(call.Span, call.Function, "reads one row of a pair; it belongs in a metric with 'pair <key> by <round column> from <round> to <round>'"));
        }

        if (_side is not null)
        {
            return Fail(DiagnosticCatalog.PairSideMisplaced(call.Span, call.Function, "is inside earlier(…), later(…) or change(…), which already chose a row of the pair"));
        }

        if (call.Arguments.Length != 1)
        {
            return Fail(DiagnosticCatalog.TableExpressionType(call.Span, $"'{call.Function}'", "one argument", $"{call.Arguments.Length} argument(s)"));
        }

        var operand = OnSide(call.Function != "earlier", call.Arguments[0], inAggregate);
        if (call.Function != "change")
        {
            return new TableSide(call.Function == "later", operand);
        }

        ExpectNumber(call.Arguments[0], operand, "'change'");
        var type = operand.Type.Kind is TypeKind.Integer or TypeKind.Percentage ? operand.Type : DataType.Number;
        return new TableBinary(TableOperator.Subtract, new TableSide(true, operand), new TableSide(false, operand), type);
    }

    private TableExpression OnSide(bool later, ExpressionSyntax syntax, bool inAggregate)
    {
        _side = later;
        try
        {
            return Bind(syntax, inAggregate);
        }
        finally
        {
            _side = null;
        }
    }

    /// <summary>Whether a column of the metric's own table is read outside a side although it is not the pair's key.</summary>
    private bool ReadsUnpairedColumn(TableColumnRef column) =>
        PairedMetric is not null && _side is null && column.Table == tables[0] && !PairKey.Contains(column.Column.Name);
}
