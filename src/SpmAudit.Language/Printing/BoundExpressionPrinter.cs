using System.Globalization;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Printing;

/// <summary>Prints a bound expression back as DSL text, with parentheses only where precedence needs them.</summary>
public static class BoundExpressionPrinter
{
    public static string Print(BoundExpression expression) => Print(expression, 0);

    private static string Print(BoundExpression expression, int parentPrecedence)
    {
        var (text, precedence) = expression switch
        {
            BoundConstant c => (Constant(c), 100),
            BoundParameter p => (p.Parameter.Name, 100),
            BoundEvidence e => (e.Item.Key, 100),
            BoundLetReference l => (l.Let.Name, 100),
            BoundRecordVariable v => (v.Name, 100),
            BoundField f => ($"{Print(f.Record, 100)}.{f.Field}", 100),
            BoundUnary { Operator: UnaryOperator.Not } u => ($"not {Print(u.Operand, 4)}", 4),
            BoundUnary u => ($"-{Print(u.Operand, 8)}", 8),
            BoundBinary b => Binary(b),
            BoundIn i => ($"{Print(i.Value, 5)} {(i.Negated ? "not in" : "in")} [{string.Join(", ", i.Items.Select(x => Print(x, 0)))}]", 5),
            BoundConditional c => ($"if {Print(c.Condition, 0)} then {Print(c.Then, 0)} else {Print(c.Else, 0)}", 1),
            BoundCall call => ($"{FunctionName(call.Function)}({string.Join(", ", call.Arguments.Select(a => Print(a, 0)))})", 100),
            BoundLambda lambda => ($"{lambda.Variable.Name} => {Print(lambda.Body, 0)}", 0),
            _ => (expression.ToString(), 100),
        };
        return precedence < parentPrecedence ? $"({text})" : text;
    }

    private static (string, int) Binary(BoundBinary b)
    {
        var (symbol, precedence) = b.Operator switch
        {
            BinaryOperator.Or => ("or", 2),
            BinaryOperator.And => ("and", 3),
            BinaryOperator.Less => ("<", 6),
            BinaryOperator.LessOrEqual => ("<=", 6),
            BinaryOperator.Greater => (">", 6),
            BinaryOperator.GreaterOrEqual => (">=", 6),
            BinaryOperator.Equal => ("==", 6),
            BinaryOperator.NotEqual => ("!=", 6),
            BinaryOperator.Add => ("+", 7),
            BinaryOperator.Subtract => ("-", 7),
            BinaryOperator.Multiply => ("*", 8),
            _ => ("/", 8),
        };

        // Left-associative: the right operand needs parentheses at equal precedence.
        return ($"{Print(b.Left, precedence)} {symbol} {Print(b.Right, precedence + 1)}", precedence);
    }

    private static string Constant(BoundConstant constant) => constant.Value switch
    {
        bool b => b ? "true" : "false",
        double d when constant.Type.Kind == TypeKind.Percentage => (d * 100).ToString("R", CultureInfo.InvariantCulture) + "%",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when constant.Type.Kind == TypeKind.Text => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };

    public static string FunctionName(BuiltinFunction function) => function switch
    {
        BuiltinFunction.DaysBetween => "days_between",
        _ => function.ToString().ToLowerInvariant(),
    };
}
