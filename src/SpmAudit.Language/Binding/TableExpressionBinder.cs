using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Binds expressions over table rows (metric values and filters, table checks): names are columns of
/// the tables in scope ('amount', 'clients.gender'), 'period.start'/'period.end', ruleset parameters
/// or choices; calls are the aggregates and row functions an SQL engine computes. Errors give
/// <see cref="DataType.Error"/> so that one mistake gives one diagnostic.
/// </summary>
internal sealed partial class TableExpressionBinder(
    ImmutableArray<DataTable> tables,
    IReadOnlyDictionary<string, Parameter> parameters,
    IReadOnlyDictionary<string, Scorecard> scorecards,
    DiagnosticBag diagnostics)
{
    private static readonly TableConstant ErrorValue = new(0.0, DataType.Error);

    /// <summary>Aggregates are allowed (metric values) or not (filters, checks).</summary>
    public bool AllowAggregates { get; init; }

    public TableExpression Bind(ExpressionSyntax syntax) => Bind(syntax, inAggregate: false);

    public TableExpression BindCondition(ExpressionSyntax syntax, string where)
    {
        var bound = Bind(syntax);
        Expect(syntax, bound, TypeKind.Boolean, where, "a condition");
        return bound;
    }

    private TableExpression Bind(ExpressionSyntax syntax, bool inAggregate) => syntax switch
    {
        NumberLiteralSyntax n => new TableConstant((double)n.Value, n.IsPercent ? DataType.Percentage : n.Value == decimal.Truncate(n.Value) ? DataType.Integer : DataType.Number),
        StringLiteralSyntax s => new TableConstant(s.Value, DataType.Text),
        DateLiteralSyntax d => new TableConstant(d.Value, DataType.Date),
        BooleanLiteralSyntax b => new TableConstant(b.Value, DataType.Boolean),
        NameSyntax name => BindName(name, null, inAggregate),
        ParenthesizedSyntax p => Bind(p.Inner, inAggregate),
        UnarySyntax u => BindUnary(u, inAggregate),
        BinarySyntax b => BindBinary(b, inAggregate),
        InSyntax i => BindIn(i, inAggregate),
        ConditionalSyntax c => BindConditional(c, inAggregate),
        CallSyntax call => BindCall(call, inAggregate),
        SelectSyntax select => Fail(DiagnosticCatalog.SelectorTarget(select.Span, Printing.ExpressionWriter.Write(select.Target), "read over a table's rows, where 'by' groups and 'where' picks rows")),
        _ => Fail(DiagnosticCatalog.MisplacedAggregate(syntax.Span, "A lambda has no meaning over a table: name the columns directly")),
    };

    private TableExpression Fail(Diagnostic diagnostic)
    {
        diagnostics.Add(diagnostic);
        return ErrorValue;
    }

    /// <summary>A column ('amount', 'clients.gender'), a period bound, a parameter, or a choice of the column it is compared with.</summary>
    private TableExpression BindName(NameSyntax name, DataType? choiceContext, bool inAggregate)
    {
        if (name.Name is "period.start" or "period.end")
        {
            return new TablePeriod(End: name.Name == "period.end");
        }

        if (choiceContext is { Kind: TypeKind.Choice } && choiceContext.Choices.Contains(name.Name))
        {
            return new TableConstant(name.Name, choiceContext);
        }

        if (FindColumn(name.Name) is { } column)
        {
            if (ReadsUnpairedColumn(column))
            {
                return Fail(DiagnosticCatalog.PairedColumnOutsideSide(name.Span, name.Name, PairedMetric!));
            }

            if (AllowAggregates && !inAggregate)
            {
                return Fail(DiagnosticCatalog.MisplacedAggregate(name.Span, $"Column '{name.Name}' is used outside an aggregate; a metric's value reduces rows with count, share, sum, avg, median, percentile, min or max"));
            }

            return column;
        }

        if (parameters.TryGetValue(name.Name, out var parameter))
        {
            return new TableConstant(parameter.Value, parameter.Type);
        }

        if (choiceContext is { Kind: TypeKind.Choice })
        {
            return Fail(DiagnosticCatalog.TableExpressionType(name.Span, "The comparison", $"one of {string.Join(", ", choiceContext.Choices)}", $"'{name.Name}'"));
        }

        var candidates = tables.SelectMany(t => t.Columns.Select(c => t == tables[0] ? c.Name : $"{t.Name}.{c.Name}"));
        return Fail(DiagnosticCatalog.UnknownColumn(name.Span, name.Name, string.Join(" or ", tables.Select(t => $"'{t.Name}'")), Suggestions.Closest(name.Name, candidates)));
    }

    /// <summary>'column' in the first table, then in a joined one when only one has it; 'table.column' in that table.</summary>
    private TableColumnRef? FindColumn(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var table = tables.FirstOrDefault(t => t.Name == name[..dot]);
            return table?.Find(name[(dot + 1)..]) is { } qualified ? new TableColumnRef(table, qualified) : null;
        }

        var matches = tables.Where(t => t.Find(name) is not null).ToList();
        return matches.Count == 0 ? null : new TableColumnRef(matches[0], matches[0].Find(name)!);
    }

    private TableExpression BindUnary(UnarySyntax unary, bool inAggregate)
    {
        var operand = Bind(unary.Operand, inAggregate);
        if (unary.Operator == "not")
        {
            Expect(unary.Operand, operand, TypeKind.Boolean, "'not'", "a condition");
            return new TableUnary(false, operand) with { };
        }

        ExpectNumber(unary.Operand, operand, "'-'");
        return new TableUnary(true, operand);
    }

    private TableExpression BindIn(InSyntax syntax, bool inAggregate)
    {
        var value = Bind(syntax.Value, inAggregate);
        var items = syntax.Items.Select(i => i is NameSyntax n ? BindName(n, value.Type, inAggregate) : Bind(i, inAggregate)).ToImmutableArray();
        foreach (var (item, written) in items.Zip(syntax.Items))
        {
            Comparable(written, value, item, "'in'");
        }

        return new TableIn(value, items, syntax.Negated);
    }

    private TableExpression BindConditional(ConditionalSyntax syntax, bool inAggregate)
    {
        var condition = Bind(syntax.Condition, inAggregate);
        Expect(syntax.Condition, condition, TypeKind.Boolean, "'if'", "a condition");
        var then = Bind(syntax.Then, inAggregate);
        var otherwise = Bind(syntax.Else, inAggregate);
        Comparable(syntax.Else, then, otherwise, "'if … then … else'");
        return new TableConditional(condition, then, otherwise);
    }

    private void Expect(ExpressionSyntax at, TableExpression bound, TypeKind kind, string what, string expected)
    {
        if (!bound.Type.IsError && bound.Type.Kind != kind)
        {
            diagnostics.Add(DiagnosticCatalog.TableExpressionType(at.Span, what, expected, ExpressionBinder.Describe(bound.Type)));
        }
    }

    private void ExpectNumber(ExpressionSyntax at, TableExpression bound, string what)
    {
        if (!bound.Type.IsError && !bound.Type.IsNumeric)
        {
            diagnostics.Add(DiagnosticCatalog.TableExpressionType(at.Span, what, "a number", ExpressionBinder.Describe(bound.Type)));
        }
    }

    private void Comparable(ExpressionSyntax at, TableExpression left, TableExpression right, string what)
    {
        if (!left.Type.IsError && !right.Type.IsError && !left.Type.IsComparableWith(right.Type))
        {
            diagnostics.Add(DiagnosticCatalog.TableExpressionType(at.Span, what, ExpressionBinder.Describe(left.Type), ExpressionBinder.Describe(right.Type)));
        }
    }
}
