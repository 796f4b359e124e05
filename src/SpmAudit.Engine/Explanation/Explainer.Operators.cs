using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

public sealed partial class Explainer
{
    private TraceNode EvaluateBinary(string text, BoundBinary binary)
    {
        var left = Evaluate(binary.Left);
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            // Same three-valued logic as the compiled rules; the right side is still traced for the reader.
            var right = Evaluate(binary.Right);
            var value = binary.Operator == BinaryOperator.And ? And(left.AsBoolean, right.AsBoolean) : Or(left.AsBoolean, right.AsBoolean);
            return new TraceNode(text, binary.Type, value, [left, right]) { IsLogical = true };
        }

        var other = Evaluate(binary.Right);
        return new TraceNode(text, binary.Type, Apply(binary.Operator, left.Value, other.Value), [left, other]);
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    private static object? Apply(BinaryOperator op, object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (op is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var equal = Comparable(left).Equals(Comparable(right));
            return op == BinaryOperator.Equal ? equal : !equal;
        }

        var a = Number(left);
        var b = Number(right);
        return op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => RuntimeFunctions.Divide(a, b),
            BinaryOperator.Less => a < b,
            BinaryOperator.LessOrEqual => a <= b,
            BinaryOperator.Greater => a > b,
            BinaryOperator.GreaterOrEqual => a >= b,
            _ => null,
        };
    }

    private TraceNode EvaluateIn(string text, BoundIn bound)
    {
        var value = Evaluate(bound.Value);
        var items = bound.Items.Select(Evaluate).ToList();
        bool? found = false;
        foreach (var item in items)
        {
            found = Or(found, value.Value is null || item.Value is null ? null : Comparable(value.Value).Equals(Comparable(item.Value)));
        }

        object? result = found is null ? null : bound.Negated ? !found.Value : found.Value;
        return new TraceNode(text, DataType.Boolean, result, [value, .. items]);
    }

    /// <summary>Numbers, dates and booleans compare as numbers; text and choices as strings.</summary>
    private static object Comparable(object value) => value switch
    {
        DateOnly date => (double)date.DayNumber,
        int i => (double)i,
        _ => value,
    };

    private static double Number(object value) => value switch
    {
        double d => d,
        DateOnly date => date.DayNumber,
        bool b => b ? 1 : 0,
        int i => i,
        _ => double.NaN,
    };
}
