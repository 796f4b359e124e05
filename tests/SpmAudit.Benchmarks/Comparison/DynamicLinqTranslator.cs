using System.Globalization;
using SpmAudit.Language.Model;

namespace SpmAudit.Benchmarks.Comparison;

/// <summary>
/// Translates bound SpmAudit expressions into RulesEngine's expression language (System.Linq.Dynamic.Core)
/// over the evidence frame, passed to RulesEngine as the typed input <c>input1</c>.
/// RulesEngine rules are plain booleans, so the language's missing values are spelled out:
/// a condition becomes two strings, "is true" and "is false" (neither holds when it is undecided),
/// and a number becomes its value and a "is known" test. <c>let</c> values are inlined.
/// Covers the constructs the synthetic shapes use; anything else throws.
/// </summary>
internal static class DynamicLinqTranslator
{
    public static string IsTrue(BoundExpression e) => Condition(e).True;

    public static string IsFalse(BoundExpression e) => Condition(e).False;

    private static (string True, string False) Condition(BoundExpression e) => e switch
    {
        BoundConstant { Value: bool b } => b ? ("true", "false") : ("false", "true"),
        BoundEvidence { Item.Type.Kind: TypeKind.Boolean } ev => (
            $"((input1.Numbers[{ev.Item.Ordinal}] == input1.Numbers[{ev.Item.Ordinal}]) && input1.Numbers[{ev.Item.Ordinal}] != 0)",
            $"((input1.Numbers[{ev.Item.Ordinal}] == input1.Numbers[{ev.Item.Ordinal}]) && input1.Numbers[{ev.Item.Ordinal}] == 0)"),
        BoundLetReference l => Condition(l.Let.Value),
        BoundUnary { Operator: UnaryOperator.Not } u => Swap(Condition(u.Operand)),
        BoundBinary { Operator: BinaryOperator.And } b => Both(Condition(b.Left), Condition(b.Right)),
        BoundBinary { Operator: BinaryOperator.Or } b => Swap(Both(Swap(Condition(b.Left)), Swap(Condition(b.Right)))),
        BoundBinary b => Compare(b),
        BoundIn i => In(i),
        _ => throw new NotSupportedException($"No RulesEngine translation for the condition {e.GetType().Name}."),
    };

    private static (string Value, string Known) Number(BoundExpression e) => e switch
    {
        BoundConstant c => (Literal(c.Type, c.Value), "true"),
        BoundParameter p => (Literal(p.Type, p.Parameter.Value), "true"),
        BoundEvidence ev => ($"input1.Numbers[{ev.Item.Ordinal}]", $"(input1.Numbers[{ev.Item.Ordinal}] == input1.Numbers[{ev.Item.Ordinal}])"),
        BoundLetReference l => Number(l.Let.Value),
        BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply } b => Arithmetic(b),
        BoundCall { Function: Language.Functions.Ratio } call => Ratio(Number(call.Arguments[0]), Number(call.Arguments[1])),
        BoundConditional c => Choose(Condition(c.Condition), Number(c.Then), Number(c.Else)),
        _ => throw new NotSupportedException($"No RulesEngine translation for the value {e.GetType().Name}."),
    };

    private static (string, string) Both((string True, string False) a, (string True, string False) b) =>
        ($"({a.True} && {b.True})", $"({a.False} || {b.False})");

    private static (string, string) Swap((string True, string False) c) => (c.False, c.True);

    private static (string, string) Compare(BoundBinary b)
    {
        var op = b.Operator switch
        {
            BinaryOperator.Less => "<",
            BinaryOperator.LessOrEqual => "<=",
            BinaryOperator.Greater => ">",
            BinaryOperator.GreaterOrEqual => ">=",
            BinaryOperator.Equal => "==",
            BinaryOperator.NotEqual => "!=",
            _ => throw new NotSupportedException($"No RulesEngine translation for the operator {b.Operator}."),
        };
        var (left, right) = (Number(b.Left), Number(b.Right));
        var known = And(left.Known, right.Known);
        return ($"({known} && {left.Value} {op} {right.Value})", $"({known} && !({left.Value} {op} {right.Value}))");
    }

    private static (string, string) In(BoundIn i)
    {
        var value = Number(i.Value);
        var any = "(" + string.Join(" || ", i.Items.Select(item => $"{value.Value} == {Number(item).Value}")) + ")";
        var (isIn, isOut) = ($"({value.Known} && {any})", $"({value.Known} && !{any})");
        return i.Negated ? (isOut, isIn) : (isIn, isOut);
    }

    private static (string, string) Arithmetic(BoundBinary b)
    {
        var op = b.Operator switch { BinaryOperator.Add => "+", BinaryOperator.Subtract => "-", _ => "*" };
        var (left, right) = (Number(b.Left), Number(b.Right));
        return ($"({left.Value} {op} {right.Value})", And(left.Known, right.Known));
    }

    /// <summary>ratio(a, b) is missing when b is 0, as in the language.</summary>
    private static (string, string) Ratio((string Value, string Known) a, (string Value, string Known) b) =>
        ($"({a.Value} / {b.Value})", $"({And(a.Known, b.Known)} && {b.Value} != 0)");

    private static (string, string) Choose((string True, string False) condition, (string Value, string Known) then, (string Value, string Known) otherwise) =>
        ($"({condition.True} ? {then.Value} : {otherwise.Value})", $"(({condition.True} && {then.Known}) || ({condition.False} && {otherwise.Known}))");

    private static string And(string a, string b) => (a, b) switch
    {
        ("true", _) => b,
        (_, "true") => a,
        _ => $"({a} && {b})",
    };

    /// <summary>A constant as the frame holds it: numbers as doubles, choices as their index.</summary>
    private static string Literal(DataType type, object value)
    {
        var number = type.Kind == TypeKind.Choice ? type.Choices.IndexOf((string)value) : Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        // A literal without a point would be an int to Dynamic LINQ; keep every operand a double.
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
