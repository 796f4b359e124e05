using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>
/// Prints expression syntax in canonical DSL form: one space around operators, parentheses only
/// where precedence needs them. Used by the formatter and inside YAML strings.
/// </summary>
public static class ExpressionWriter
{
    public static string Write(ExpressionSyntax expression) => Write(expression, 0);

    private static string Write(ExpressionSyntax expression, int parent)
    {
        var (text, precedence) = expression switch
        {
            NumberLiteralSyntax n => (n.Text, 100),
            StringLiteralSyntax s => (DslWriter.Quote(s.Value), 100),
            DateLiteralSyntax d => (d.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 100),
            BooleanLiteralSyntax b => (b.Value ? "true" : "false", 100),
            NameSyntax name => (name.Name, 100),
            ParenthesizedSyntax p => (Write(p.Inner, parent), int.MaxValue),
            CallSyntax call => ($"{call.Function}({string.Join(", ", call.Arguments.Select(a => Write(a, 0)))})", 100),
            LambdaSyntax lambda => ($"{lambda.Parameter} => {Write(lambda.Body, 0)}", 0),
            UnarySyntax { Operator: "not" } u => ($"not {Write(u.Operand, 4)}", 4),
            UnarySyntax u => ($"-{Write(u.Operand, 9)}", 9),
            BinarySyntax b => Binary(b),
            InSyntax i => ($"{Write(i.Value, 6)} {(i.Negated ? "not in" : "in")} [{string.Join(", ", i.Items.Select(x => Write(x, 0)))}]", 5),
            ConditionalSyntax c => ($"if {Write(c.Condition, 0)} then {Write(c.Then, 0)} else {Write(c.Else, 0)}", 1),
            _ => (expression.ToString(), 100),
        };
        return precedence < parent ? $"({text})" : text;
    }

    /// <summary>Precedences follow the grammar: or 2, and 3, not 4, in 5, comparisons 6, + - 7, * / 8, unary minus 9.</summary>
    public static int Precedence(string op) => op switch
    {
        "or" => 2,
        "and" => 3,
        "<" or "<=" or ">" or ">=" or "==" or "!=" => 6,
        "+" or "-" => 7,
        _ => 8,
    };

    private static (string, int) Binary(BinarySyntax b)
    {
        var precedence = Precedence(b.Operator);

        // Operators are left-associative; comparisons do not chain, so both sides of one bind tighter.
        var leftFloor = precedence == 6 ? precedence + 1 : precedence;
        return ($"{Write(b.Left, leftFloor)} {b.Operator} {Write(b.Right, precedence + 1)}", precedence);
    }
}
