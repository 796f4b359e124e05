using System.Globalization;
using System.Text;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Printing;

/// <summary>
/// Prints a bound expression back as DSL text, with parentheses only where precedence needs them
/// (symbols and precedences come from <see cref="FunctionCatalog"/>). A length limit stops the
/// printing early, so showing many sub-expressions of a long rule stays linear in its size.
/// </summary>
public static class BoundExpressionPrinter
{
    private const char Ellipsis = '…';

    public static string Print(BoundExpression expression) => Print(expression, int.MaxValue);

    /// <summary>The text, cut to about <paramref name="maxLength"/> characters and ending in '…' when longer.</summary>
    public static string Print(BoundExpression expression, int maxLength)
    {
        var text = new StringBuilder();
        Write(text, expression, 0, maxLength);
        if (text.Length > maxLength)
        {
            text.Length = maxLength;
            text.Append(Ellipsis);
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, BoundExpression expression, int parent, int limit)
    {
        if (text.Length > limit)
        {
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
            case BoundConstant c:
                text.Append(Constant(c));
                break;
            case BoundParameter p:
                text.Append(p.Parameter.Name);
                break;
            case BoundEvidence e:
                text.Append(e.Item.Key);
                break;
            case BoundLetReference l:
                text.Append(l.Let.Name);
                break;
            case BoundRecordVariable v:
                text.Append(v.Name);
                break;
            case BoundField f:
                Write(text, f.Record, OperatorDefinition.PrimaryPrecedence, limit);
                text.Append('.').Append(f.Field);
                break;
            case BoundUnary u:
                var unary = FunctionCatalog.Of(u.Operator);
                text.Append(u.Operator == UnaryOperator.Not ? "not " : unary.Symbol);
                Write(text, u.Operand, unary.Precedence, limit);
                break;
            case BoundBinary b:
                var binary = FunctionCatalog.Of(b.Operator);

                // Left-associative: the right operand needs parentheses at equal precedence; comparisons do not chain.
                Write(text, b.Left, binary.Precedence == OperatorDefinition.ComparisonPrecedence ? binary.Precedence + 1 : binary.Precedence, limit);
                text.Append(' ').Append(binary.Symbol).Append(' ');
                Write(text, b.Right, binary.Precedence + 1, limit);
                break;
            case BoundIn i:
                Write(text, i.Value, OperatorDefinition.InPrecedence + 1, limit);
                text.Append(i.Negated ? " not in [" : " in [");
                List(text, i.Items, limit);
                text.Append(']');
                break;
            case BoundConditional c:
                text.Append("if ");
                Write(text, c.Condition, 0, limit);
                text.Append(" then ");
                Write(text, c.Then, 0, limit);
                text.Append(" else ");
                Write(text, c.Else, 0, limit);
                break;
            case BoundCall call:
                text.Append(call.Function.Name).Append('(');
                List(text, call.Arguments, limit);
                text.Append(')');
                break;
            case BoundLambda lambda:
                text.Append(lambda.Variable.Name).Append(" => ");
                Write(text, lambda.Body, 0, limit);
                break;
            case BoundSelect select:
                Write(text, select.List, OperatorDefinition.PrimaryPrecedence, limit);
                text.Append('[');
                for (var i = 0; i < select.Selections.Length && text.Length <= limit; i++)
                {
                    text.Append(i > 0 ? ", " : "").Append(select.Selections[i].Field).Append(" = ");
                    Write(text, select.Selections[i].Value, 0, limit);
                }

                text.Append(']');
                break;
        }

        if (parenthesize)
        {
            text.Append(')');
        }
    }

    private static void List(StringBuilder text, IReadOnlyList<BoundExpression> items, int limit)
    {
        for (var i = 0; i < items.Count && text.Length <= limit; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, items[i], 0, limit);
        }
    }

    private static int Precedence(BoundExpression expression) => expression switch
    {
        BoundUnary u => FunctionCatalog.Of(u.Operator).Precedence,
        BoundBinary b => FunctionCatalog.Of(b.Operator).Precedence,
        BoundIn => OperatorDefinition.InPrecedence,
        BoundConditional => OperatorDefinition.ConditionalPrecedence,
        BoundLambda => 0,
        _ => OperatorDefinition.PrimaryPrecedence,
    };

    private static string Constant(BoundConstant constant) => constant.Value switch
    {
        bool b => b ? "true" : "false",
        double d when constant.Type.Kind == TypeKind.Percentage => (d * 100).ToString("R", CultureInfo.InvariantCulture) + "%",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when constant.Type.Kind == TypeKind.Text => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };
}
