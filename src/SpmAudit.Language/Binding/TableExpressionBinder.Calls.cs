using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>Operators, aggregates and row functions over table rows.</summary>
internal sealed partial class TableExpressionBinder
{
    private const string KnownFunctions = "count, distinct, share, sum, avg, median, percentile, min, max, ratio, known, days_between, likelihood, and over pairs of rows earlier, later and change";

    private static readonly string[] FunctionNames = ["count", "distinct", "share", "sum", "avg", "median", "percentile", "min", "max", "ratio", "known", "days_between", "likelihood", "earlier", "later", "change"];

    private static readonly Dictionary<string, TableOperator> Operators = new(StringComparer.Ordinal)
    {
        ["+"] = TableOperator.Add, ["-"] = TableOperator.Subtract, ["*"] = TableOperator.Multiply, ["/"] = TableOperator.Divide,
        ["<"] = TableOperator.Less, ["<="] = TableOperator.LessOrEqual, [">"] = TableOperator.Greater, [">="] = TableOperator.GreaterOrEqual,
        ["=="] = TableOperator.Equal, ["!="] = TableOperator.NotEqual, ["and"] = TableOperator.And, ["or"] = TableOperator.Or,
    };

    private TableExpression BindBinary(BinarySyntax syntax, bool inAggregate)
    {
        var op = Operators[syntax.Operator];
        var left = syntax.Left is NameSyntax ln && op is TableOperator.Equal or TableOperator.NotEqual ? BindComparand(ln, syntax.Right, inAggregate) : Bind(syntax.Left, inAggregate);
        var right = syntax.Right is NameSyntax rn ? BindName(rn, left.Type, inAggregate) : Bind(syntax.Right, inAggregate);
        var what = $"'{syntax.Operator}'";
        switch (op)
        {
            case TableOperator.And or TableOperator.Or:
                Expect(syntax.Left, left, TypeKind.Boolean, what, "a condition");
                Expect(syntax.Right, right, TypeKind.Boolean, what, "a condition");
                return new TableBinary(op, left, right, DataType.Boolean);
            case TableOperator.Equal or TableOperator.NotEqual:
                Comparable(syntax.Right, left, right, what);
                return new TableBinary(op, left, right, DataType.Boolean);
            case TableOperator.Less or TableOperator.LessOrEqual or TableOperator.Greater or TableOperator.GreaterOrEqual:
                if (!(left.Type.Kind == TypeKind.Date && right.Type.Kind == TypeKind.Date))
                {
                    ExpectNumber(syntax.Left, left, what);
                    ExpectNumber(syntax.Right, right, what);
                }

                return new TableBinary(op, left, right, DataType.Boolean);
            default:
                ExpectNumber(syntax.Left, left, what);
                ExpectNumber(syntax.Right, right, what);
                var type = op != TableOperator.Divide && left.Type.Kind == right.Type.Kind && left.Type.Kind is TypeKind.Integer or TypeKind.Percentage && op != TableOperator.Multiply
                    ? left.Type
                    : op == TableOperator.Multiply && left.Type.Kind == TypeKind.Integer && right.Type.Kind == TypeKind.Integer ? DataType.Integer : DataType.Number;
                return new TableBinary(op, left, right, type);
        }
    }

    /// <summary>'female == gender': a bare name on the left is a choice when the right side is a choice column.</summary>
    private TableExpression BindComparand(NameSyntax left, ExpressionSyntax right, bool inAggregate) =>
        FindColumn(left.Name) is null && right is NameSyntax r && FindColumn(r.Name) is { Type.Kind: TypeKind.Choice } column
            ? BindName(left, column.Type, inAggregate)
            : BindName(left, null, inAggregate);

    private TableExpression BindCall(CallSyntax call, bool inAggregate)
    {
        var name = call.Function;
        var args = call.Arguments;
        switch (name)
        {
            case "count" or "distinct" or "share" or "sum" or "avg" or "median" or "percentile" or "min" or "max":
                return BindAggregate(call, inAggregate);
            case "ratio" when args.Length == 2:
                var a = Bind(args[0], inAggregate);
                var b = Bind(args[1], inAggregate);
                ExpectNumber(args[0], a, "ratio");
                ExpectNumber(args[1], b, "ratio");
                return new TableCall(TableFunction.Ratio, [a, b], DataType.Percentage);
            case "known" when args.Length == 1:
                return new TableCall(TableFunction.Known, [Bind(args[0], inAggregate)], DataType.Boolean);
            case "days_between" when args.Length == 2:
                var from = Bind(args[0], inAggregate);
                var to = Bind(args[1], inAggregate);
                Expect(args[0], from, TypeKind.Date, "days_between", "a date");
                Expect(args[1], to, TypeKind.Date, "days_between", "a date");
                return new TableCall(TableFunction.DaysBetween, [from, to], DataType.Integer);
            case "likelihood" when args.Length == 2:
                return BindLikelihood(call, inAggregate);
            case "earlier" or "later" or "change":
                return BindSide(call, inAggregate);
            case "ratio" or "known" or "days_between" or "likelihood":
                return Fail(DiagnosticCatalog.TableExpressionType(call.Span, $"'{name}'", name switch { "known" => "one argument", _ => "two arguments" }, $"{args.Length} argument(s)"));
            default:
                return Fail(DiagnosticCatalog.UnknownTableFunction(call.Span, name, KnownFunctions, Suggestions.Closest(name, FunctionNames)));
        }
    }

    /// <summary>
    /// count([condition]), distinct(x[, condition]), share(condition), sum|avg|median|min|max(x[, condition]),
    /// percentile(x, fraction[, condition]). distinct counts different values, so rows of one client count once.
    /// </summary>
    private TableExpression BindAggregate(CallSyntax call, bool inAggregate)
    {
        var kind = Enum.Parse<TableAggregateKind>(call.Function, ignoreCase: true);
        if (!AllowAggregates)
        {
            return Fail(DiagnosticCatalog.MisplacedAggregate(call.Span, $"'{call.Function}' reduces many rows to one figure; it belongs in a metric's value, not in a filter or a check"));
        }

        if (inAggregate)
        {
            return Fail(DiagnosticCatalog.MisplacedAggregate(call.Span, $"'{call.Function}' is inside another aggregate; aggregates do not nest"));
        }

        var args = call.Arguments;
        var (min, max) = kind switch
        {
            TableAggregateKind.Count => (0, 1),
            TableAggregateKind.Share => (1, 1),
            TableAggregateKind.Percentile => (2, 3),
            _ => (1, 2),
        };
        if (args.Length < min || args.Length > max)
        {
            return Fail(DiagnosticCatalog.TableExpressionType(call.Span, $"'{call.Function}'", min == max ? $"{min} argument(s)" : $"{min} to {max} arguments", $"{args.Length} argument(s)"));
        }

        TableExpression? argument = null, condition = null;
        double? fraction = null;
        var conditionIndex = kind switch { TableAggregateKind.Count or TableAggregateKind.Share => 0, TableAggregateKind.Percentile => 2, _ => 1 };
        if (kind == TableAggregateKind.Distinct)
        {
            argument = Bind(args[0], inAggregate: true);
        }
        else if (kind is not (TableAggregateKind.Count or TableAggregateKind.Share))
        {
            argument = Bind(args[0], inAggregate: true);
            ExpectNumber(args[0], argument, $"'{call.Function}'");
        }

        if (kind == TableAggregateKind.Percentile)
        {
            fraction = args[1] is NumberLiteralSyntax { } literal && literal.Value is >= 0 and <= 1 || args[1] is NumberLiteralSyntax { IsPercent: true } ? (double)((NumberLiteralSyntax)args[1]).Value : null;
            if (fraction is null)
            {
                diagnostics.Add(DiagnosticCatalog.TableExpressionType(args[1].Span, "'percentile'", "a share between 0 and 1 (or 0% to 100%) as its second argument", "something else"));
            }
        }

        if (args.Length > conditionIndex)
        {
            condition = Bind(args[conditionIndex], inAggregate: true);
            Expect(args[conditionIndex], condition, TypeKind.Boolean, $"'{call.Function}'", "a condition");
        }

        var type = kind switch
        {
            TableAggregateKind.Count or TableAggregateKind.Distinct => DataType.Integer,
            TableAggregateKind.Share => DataType.Percentage,
            TableAggregateKind.Sum or TableAggregateKind.Min or TableAggregateKind.Max => argument!.Type.IsError ? DataType.Number : argument.Type,
            _ => argument!.Type.Kind == TypeKind.Percentage ? DataType.Percentage : DataType.Number,
        };
        return new TableAggregate(kind, argument, condition, fraction, type);
    }

    private TableExpression BindLikelihood(CallSyntax call, bool inAggregate)
    {
        if (call.Arguments[0] is not NameSyntax { } cardName || !scorecards.TryGetValue(cardName.Name, out var card))
        {
            var written = call.Arguments[0] is NameSyntax n ? n.Name : "this";
            return Fail(DiagnosticCatalog.UnknownScorecard(call.Arguments[0].Span, written, Suggestions.Closest(written, scorecards.Keys)));
        }

        if (call.Arguments[1] is not NameSyntax { } line || !card.Lines.Contains(line.Name))
        {
            return Fail(DiagnosticCatalog.InvalidScorecard(call.Arguments[1].Span, card.Name, $"its lines are {string.Join(", ", card.Lines)}"));
        }

        if (AllowAggregates && !inAggregate)
        {
            return Fail(DiagnosticCatalog.MisplacedAggregate(call.Span, "'likelihood' is one client's figure; a group's poverty rate is avg(likelihood(…)), the mean of its clients' likelihoods"));
        }

        if (PairedMetric is not null && _side is null)
        {
            return Fail(DiagnosticCatalog.PairedColumnOutsideSide(call.Span, $"likelihood({card.Name}, {line.Name})", PairedMetric));
        }

        var answers = ImmutableArray.CreateBuilder<TableColumnRef>();
        foreach (var question in card.Questions)
        {
            if (FindColumn(question.Column) is { } column)
            {
                answers.Add(column);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.ScorecardColumnMissing(call.Span, card.Name, question.Column, tables[0].Name));
            }
        }

        return answers.Count == card.Questions.Length ? new TableLikelihood(card, line.Name, answers.ToImmutable()) : ErrorValue;
    }
}
