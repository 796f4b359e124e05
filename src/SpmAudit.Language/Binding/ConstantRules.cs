using SpmAudit.Language.Model;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Decides, without evidence, whether a condition is always true or always false whenever its
/// evidence is supplied: literals, and comparisons of an evidence item with a declared range
/// against a constant or parameter ('share >= 0%' always holds; 'share > 100%' never does).
/// </summary>
internal static class ConstantRules
{
    public static bool? Decide(BoundExpression expression) => expression switch
    {
        BoundConstant { Value: bool b, Type.IsError: false } => b,
        BoundUnary { Operator: UnaryOperator.Not } not => !Decide(not.Operand),
        BoundBinary { Operator: BinaryOperator.And } and => And(Decide(and.Left), Decide(and.Right)),
        BoundBinary { Operator: BinaryOperator.Or } or => Or(Decide(or.Left), Decide(or.Right)),
        BoundBinary comparison => Compare(comparison),
        _ => null,
    };

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a == true && b == true ? true : null;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a == false && b == false ? false : null;

    private static bool? Compare(BoundBinary comparison)
    {
        if (comparison.Left is BoundEvidence { Item: var item } && Value(comparison.Right) is { } bound)
        {
            return Decide(comparison.Operator, item.Min, item.Max, bound);
        }

        if (comparison.Right is BoundEvidence { Item: var mirrored } && Value(comparison.Left) is { } left)
        {
            return Decide(Mirror(comparison.Operator), mirrored.Min, mirrored.Max, left);
        }

        return null;
    }

    /// <summary>With the item's value somewhere in [min, max], whether 'item op c' is always or never true.</summary>
    private static bool? Decide(BinaryOperator op, double? min, double? max, double c) => op switch
    {
        BinaryOperator.GreaterOrEqual when min >= c => true,
        BinaryOperator.GreaterOrEqual when max < c => false,
        BinaryOperator.Greater when min > c => true,
        BinaryOperator.Greater when max <= c => false,
        BinaryOperator.LessOrEqual when max <= c => true,
        BinaryOperator.LessOrEqual when min > c => false,
        BinaryOperator.Less when max < c => true,
        BinaryOperator.Less when min >= c => false,
        _ => null,
    };

    private static BinaryOperator Mirror(BinaryOperator op) => op switch
    {
        BinaryOperator.Less => BinaryOperator.Greater,
        BinaryOperator.LessOrEqual => BinaryOperator.GreaterOrEqual,
        BinaryOperator.Greater => BinaryOperator.Less,
        BinaryOperator.GreaterOrEqual => BinaryOperator.LessOrEqual,
        _ => op,
    };

    private static double? Value(BoundExpression expression) => expression switch
    {
        BoundConstant { Value: double d } => d,
        BoundParameter { Parameter.Value: double d } => d,
        _ => null,
    };
}
