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
    public const string NoGroup = "no_group";
    public const string SeveralGroups = "several_groups";

    public static string Of(TraceNode node)
    {
        var children = node.Children.ToList();
        return node.Shape.Expression switch
        {
            BoundBinary { Operator: BinaryOperator.Divide } or BoundCall { Function: Ratio } when children[^1].Value is 0.0 => DivisionByZero,
            BoundCall { Function: AggregateFunction } when children[0].Value is IReadOnlyList<object?[]> { Count: 0 } => EmptyList,
            BoundCall { Function: AggregateFunction } => RecordLacksValue,
            BoundSelect select => Matching(select, children) > 1 ? SeveralGroups : NoGroup,
            _ => NotFinite,
        };
    }

    /// <summary>How many records of a selector's list have the selected values (in their model form, as the trace holds them).</summary>
    private static int Matching(BoundSelect select, List<TraceNode> children) =>
        children[0].Value is IReadOnlyList<object?[]> records
            ? records.Count(r => select.Selections.Select((s, i) => Equals(r[s.FieldIndex], children[i + 1].Value)).All(e => e))
            : 0;

    /// <summary>The group a selector asked for, as 'last_cycle = 1, branch = "Kaya"'.</summary>
    public static string Group(TraceNode node) => string.Join(", ", ((BoundSelect)node.Shape.Expression).Selections
        .Zip(node.Children.Skip(1), (s, value) => $"{s.Field} = {(value.IsLiteral || value.IsMissing ? value.ShortExpression : ValueText.Format(value.Type, value.Value))}"));

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
