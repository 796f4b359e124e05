using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindUnary(UnarySyntax syntax, BindingScope scope)
    {
        var operand = Bind(syntax.Operand, scope);
        if (syntax.Operator == "not")
        {
            RequireBoolean(operand, syntax.Span, "not");
            return new BoundUnary(DataType.Boolean, syntax.Span, UnaryOperator.Not, operand);
        }

        if (!operand.Type.IsError && !operand.Type.IsNumeric)
        {
            diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(syntax.Span, "-", Describe(operand.Type), "nothing"));
            return new BoundUnary(DataType.Error, syntax.Span, UnaryOperator.Negate, operand);
        }

        return new BoundUnary(operand.Type, syntax.Span, UnaryOperator.Negate, operand);
    }

    private BoundExpression BindBinary(BinarySyntax syntax, BindingScope scope)
    {
        var op = ToOperator(syntax.Operator);
        BoundExpression left, right;
        if (syntax.Left is NameSyntax bare && !IsKnownName(bare.Name, scope))
        {
            // 'specific == mission.level' reads the same as the other way round.
            right = Bind(syntax.Right, scope);
            left = BindOperand(syntax.Left, scope, right);
        }
        else
        {
            left = Bind(syntax.Left, scope);
            right = BindOperand(syntax.Right, scope, left);
        }

        var type = ResultType(op, left.Type, right.Type, syntax);
        return new BoundBinary(type, syntax.Span, op, left, right);
    }

    private DataType ResultType(BinaryOperator op, DataType left, DataType right, BinarySyntax syntax)
    {
        if (left.IsError || right.IsError)
        {
            return op is BinaryOperator.And or BinaryOperator.Or or >= BinaryOperator.Less and <= BinaryOperator.NotEqual
                ? DataType.Boolean
                : DataType.Error;
        }

        switch (op)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                if (left.Kind == TypeKind.Boolean && right.Kind == TypeKind.Boolean)
                {
                    return DataType.Boolean;
                }

                break;
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                if (left.IsComparableWith(right))
                {
                    return DataType.Boolean;
                }

                break;
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                if ((left.IsNumeric && right.IsNumeric) || (left.Kind == TypeKind.Date && right.Kind == TypeKind.Date))
                {
                    return DataType.Boolean;
                }

                if (left.IsComparableWith(right))
                {
                    diagnostics.Add(DiagnosticCatalog.NotComparable(syntax.Span, Describe(left)));
                    return DataType.Boolean;
                }

                break;
            default:
                if (left.IsNumeric && right.IsNumeric)
                {
                    return ArithmeticType(op, left, right);
                }

                break;
        }

        diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(syntax.Span, syntax.Operator, Describe(left), Describe(right)));
        return op is >= BinaryOperator.Less ? DataType.Boolean : DataType.Error;
    }

    /// <summary>
    /// Percentages added to or subtracted from each other stay percentages; a product is a plain number,
    /// since 'ratio(a, b) * 1000' (per thousand) is as common as '0.8 * target'.
    /// </summary>
    private static DataType ArithmeticType(BinaryOperator op, DataType left, DataType right)
    {
        return op switch
        {
            BinaryOperator.Divide or BinaryOperator.Multiply when left.Kind == TypeKind.Percentage || right.Kind == TypeKind.Percentage => DataType.Number,
            BinaryOperator.Divide => DataType.Number,
            BinaryOperator.Add or BinaryOperator.Subtract when left.Kind == TypeKind.Percentage && right.Kind == TypeKind.Percentage => DataType.Percentage,
            _ when left.Kind == TypeKind.Integer && right.Kind == TypeKind.Integer && op != BinaryOperator.Divide => DataType.Integer,
            _ => DataType.Number,
        };
    }

    private BoundExpression BindIn(InSyntax syntax, BindingScope scope)
    {
        var value = Bind(syntax.Value, scope);
        var items = syntax.Items.Select(i => BindOperand(i, scope, value)).ToList();
        foreach (var item in items)
        {
            if (!value.Type.IsError && !item.Type.IsError && !value.Type.IsComparableWith(item.Type))
            {
                diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(item.Span, "in", Describe(value.Type), Describe(item.Type)));
            }
        }

        return new BoundIn(syntax.Span, value, [.. items], syntax.Negated);
    }

    private void RequireBoolean(BoundExpression operand, SourceSpan span, string op)
    {
        if (!operand.Type.IsError && operand.Type.Kind != TypeKind.Boolean)
        {
            diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(span, op, Describe(operand.Type), "nothing"));
        }
    }

    private static BinaryOperator ToOperator(string op) => op switch
    {
        "+" => BinaryOperator.Add,
        "-" => BinaryOperator.Subtract,
        "*" => BinaryOperator.Multiply,
        "/" => BinaryOperator.Divide,
        "<" => BinaryOperator.Less,
        "<=" => BinaryOperator.LessOrEqual,
        ">" => BinaryOperator.Greater,
        ">=" => BinaryOperator.GreaterOrEqual,
        "==" => BinaryOperator.Equal,
        "!=" => BinaryOperator.NotEqual,
        "and" => BinaryOperator.And,
        "or" => BinaryOperator.Or,
        _ => throw new InvalidOperationException($"Unknown operator '{op}'."),
    };
}
