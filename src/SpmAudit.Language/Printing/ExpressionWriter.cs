using System.Globalization;
using System.Text;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>
/// Prints expression syntax in canonical DSL form: one space around operators, parentheses only
/// where precedence needs them (precedences from <see cref="FunctionCatalog"/>). Used by the
/// formatter and inside YAML strings; one builder for the whole expression keeps it linear.
/// </summary>
public static class ExpressionWriter
{
    public static string Write(ExpressionSyntax expression)
    {
        var text = new StringBuilder();
        Write(text, expression, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, ExpressionSyntax expression, int parent)
    {
        if (expression is ParenthesizedSyntax paren)
        {
            // The author's parentheses are kept only where precedence needs them.
            Write(text, paren.Inner, parent);
            return;
        }

        var precedence = Precedence(expression);
        var parenthesize = precedence < parent;
        if (parenthesize)
        {
            text.Append('(');
        }

        switch (expression)
        {
            case NumberLiteralSyntax n:
                text.Append(n.Text);
                break;
            case StringLiteralSyntax s:
                text.Append(DslWriter.Quote(s.Value));
                break;
            case DateLiteralSyntax d:
                text.Append(d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case BooleanLiteralSyntax b:
                text.Append(b.Value ? "true" : "false");
                break;
            case NameSyntax name:
                text.Append(name.Name);
                break;
            case CallSyntax call:
                text.Append(call.Function).Append('(');
                List(text, call.Arguments);
                text.Append(')');
                break;
            case LambdaSyntax lambda:
                text.Append(lambda.Parameter).Append(" => ");
                Write(text, lambda.Body, 0);
                break;
            case UnarySyntax u:
                text.Append(u.Operator == "not" ? "not " : "-");
                Write(text, u.Operand, precedence);
                break;
            case BinarySyntax b:
                // Left-associative; comparisons do not chain, so both sides of one bind tighter.
                Write(text, b.Left, precedence == OperatorDefinition.ComparisonPrecedence ? precedence + 1 : precedence);
                text.Append(' ').Append(b.Operator).Append(' ');
                Write(text, b.Right, precedence + 1);
                break;
            case InSyntax i:
                Write(text, i.Value, OperatorDefinition.InPrecedence + 1);
                text.Append(i.Negated ? " not in [" : " in [");
                List(text, i.Items);
                text.Append(']');
                break;
            case SelectSyntax select:
                Write(text, select.Target, OperatorDefinition.PrimaryPrecedence);
                text.Append('[');
                for (var i = 0; i < select.Selections.Length; i++)
                {
                    text.Append(i > 0 ? ", " : "").Append(select.Selections[i].Column).Append(" = ");
                    Write(text, select.Selections[i].Value, 0);
                }

                text.Append(']');
                break;
            case ConditionalSyntax c:
                text.Append("if ");
                Write(text, c.Condition, 0);
                text.Append(" then ");
                Write(text, c.Then, 0);
                text.Append(" else ");
                Write(text, c.Else, 0);
                break;
        }

        if (parenthesize)
        {
            text.Append(')');
        }
    }

    private static void List(StringBuilder text, IReadOnlyList<ExpressionSyntax> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, items[i], 0);
        }
    }

    private static int Precedence(ExpressionSyntax expression) => expression switch
    {
        UnarySyntax u => FunctionCatalog.Of(u.Operator == "not" ? UnaryOperator.Not : UnaryOperator.Negate).Precedence,
        BinarySyntax b => FunctionCatalog.FindBinary(b.Operator)?.Precedence ?? OperatorDefinition.PrimaryPrecedence,
        InSyntax => OperatorDefinition.InPrecedence,
        ConditionalSyntax => OperatorDefinition.ConditionalPrecedence,
        LambdaSyntax => 0,
        _ => OperatorDefinition.PrimaryPrecedence,
    };
}
