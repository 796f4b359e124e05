using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>Operators are bound by the typing rules of their catalog entries; this file only reports what those rules refuse.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindUnary(UnarySyntax syntax, BindingScope scope)
    {
        var definition = syntax.Operator == "not" ? FunctionCatalog.Of(UnaryOperator.Not) : FunctionCatalog.Of(UnaryOperator.Negate);
        var operand = Bind(syntax.Operand, scope);
        if (operand.Type.IsError)
        {
            return new BoundUnary(definition.Operator == UnaryOperator.Not ? DataType.Boolean : DataType.Error, syntax.Span, definition.Operator, operand);
        }

        if (definition.Type(operand.Type) is { } type)
        {
            return new BoundUnary(type, syntax.Span, definition.Operator, operand);
        }

        _diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(syntax.Span, syntax.Operator, Describe(operand.Type), "nothing"));
        return new BoundUnary(definition.Operator == UnaryOperator.Not ? DataType.Boolean : DataType.Error, syntax.Span, definition.Operator, operand);
    }

    private BoundExpression BindBinary(BinarySyntax syntax, BindingScope scope)
    {
        var definition = FunctionCatalog.FindBinary(syntax.Operator) ?? throw new InvalidOperationException($"Unknown operator '{syntax.Operator}'.");
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

        if (definition is ComparisonOperator or Equal or NotEqual)
        {
            WarnPlainNumberAsPercentage(left, right);
            WarnPlainNumberAsPercentage(right, left);
        }

        return new BoundBinary(ResultType(definition, left.Type, right.Type, syntax), syntax.Span, definition.Operator, left, right);
    }

    /// <summary>'share >= 90' compares a fraction with 90 (9000%): almost always 90% written without its sign.</summary>
    private void WarnPlainNumberAsPercentage(BoundExpression percentage, BoundExpression other)
    {
        if (percentage.Type.Kind == TypeKind.Percentage && PlainNumber(other) is { } literal)
        {
            _diagnostics.Add(DiagnosticCatalog.PercentageComparedWithPlainNumber(
                other.Span, literal.Text, Printing.BoundExpressionPrinter.Print(percentage, 60), AsPercent(literal.Value)));
        }
    }

    /// <summary>A literal number that is not a percentage and lies outside -1..1, as written.</summary>
    internal static (double Value, string Text)? PlainNumber(BoundExpression expression) => expression switch
    {
        BoundConstant { Type.Kind: TypeKind.Integer or TypeKind.Number, Value: double d, Text: var text } when Math.Abs(d) > 1 => (d, text),
        BoundUnary { Operator: UnaryOperator.Negate, Operand: BoundConstant { Type.Kind: TypeKind.Integer or TypeKind.Number, Value: double d, Text: var text } } when Math.Abs(d) > 1 => (-d, "-" + text),
        _ => null,
    };

    internal static string AsPercent(double fraction) => (fraction * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private DataType ResultType(BinaryOperatorDefinition definition, DataType left, DataType right, BinarySyntax syntax)
    {
        if (left.IsError || right.IsError)
        {
            return definition.WhenOperandInvalid;
        }

        var typing = definition.Type(left, right);
        switch (typing.Problem)
        {
            case TypingProblem.Unordered:
                _diagnostics.Add(DiagnosticCatalog.NotComparable(syntax.Span, Describe(left)));
                break;
            case TypingProblem.Mismatch:
                _diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(syntax.Span, syntax.Operator, Describe(left), Describe(right)));
                break;
        }

        return typing.Type ?? definition.WhenOperandInvalid;
    }

    private BoundExpression BindIn(InSyntax syntax, BindingScope scope)
    {
        var value = Bind(syntax.Value, scope);
        var items = syntax.Items.Select(i => BindOperand(i, scope, value)).ToList();
        foreach (var item in items)
        {
            WarnPlainNumberAsPercentage(value, item);
            if (!value.Type.IsError && !item.Type.IsError && !value.Type.IsComparableWith(item.Type))
            {
                _diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(item.Span, "in", Describe(value.Type), Describe(item.Type)));
            }
        }

        return new BoundIn(syntax.Span, value, [.. items], syntax.Negated);
    }
}
