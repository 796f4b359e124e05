using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

/// <summary>Why a computation had no value although every operand had one; both reason writers name it.</summary>
internal static class NoValueCause
{
    public const string DivisionByZero = "division_by_zero";
    public const string EmptyList = "empty_list";
    public const string RecordLacksValue = "record_lacks_value";
    public const string NotFinite = "not_finite";

    public static string Of(TraceNode node)
    {
        var children = node.Children.ToList();
        return node.Shape.Expression switch
        {
            BoundBinary { Operator: BinaryOperator.Divide } or BoundCall { Function: Ratio } when children[^1].Value is 0.0 => DivisionByZero,
            BoundCall { Function: AggregateFunction } when children[0].Value is IReadOnlyList<object?[]> { Count: 0 } => EmptyList,
            BoundCall { Function: AggregateFunction } => RecordLacksValue,
            _ => NotFinite,
        };
    }

    /// <summary>The first computation that gave no value from values it had, if any.</summary>
    public static TraceNode? FirstUndefined(TraceNode node)
    {
        var children = node.Children.ToList();
        if (node.IsMissing && node.Evidence is null && children.Count > 0 && children.All(c => !c.IsMissing))
        {
            return node;
        }

        return children.Select(FirstUndefined).FirstOrDefault(n => n is not null);
    }
}
