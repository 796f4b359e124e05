using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>&lt; &lt;= &gt; &gt;=: numbers with numbers, dates with dates.</summary>
public abstract class ComparisonOperator(BinaryOperator op, string symbol) : BinaryOperatorDefinition(op, symbol, ComparisonPrecedence)
{
    public override OperatorTyping Type(DataType left, DataType right) =>
        (left.IsNumeric && right.IsNumeric) || (left.Kind == TypeKind.Date && right.Kind == TypeKind.Date) ? OperatorTyping.Of(DataType.Boolean)
        : left.IsComparableWith(right) ? OperatorTyping.Unordered
        : OperatorTyping.Mismatch;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static double Compare(double a, double b, bool holds) =>
        RuntimeValues.BothKnown(a, b) ? RuntimeValues.Truth(holds) : RuntimeValues.Missing;

    protected static MethodInfo Run<T>() => Method<T>("Run", typeof(double));

    protected static MethodInfo Relation<T>() => Method<T>("Holds", typeof(double));

    protected static FunctionDocumentation Documented(string summary, string expression, string value, string result) => new(
        summary, "missing when either side is missing",
        new(expression, Evidence(("portfolio.par30", "percentage", value)), result));
}

public sealed class Less() : ComparisonOperator(BinaryOperator.Less, "<")
{
    public override FunctionDocumentation Documentation { get; } = Documented("less than", "portfolio.par30 < 5%", "4.2%", "yes");

    public override MethodInfo RuntimeFor(Type operand) => Run<Less>();

    public override MethodInfo NumericRelation => Relation<Less>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(double a, double b) => a < b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Compare(a, b, Holds(a, b));
}

public sealed class LessOrEqual() : ComparisonOperator(BinaryOperator.LessOrEqual, "<=")
{
    public override FunctionDocumentation Documentation { get; } = Documented("less than or equal", "portfolio.par30 <= 5%", "5%", "yes");

    public override MethodInfo RuntimeFor(Type operand) => Run<LessOrEqual>();

    public override MethodInfo NumericRelation => Relation<LessOrEqual>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(double a, double b) => a <= b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Compare(a, b, Holds(a, b));
}

public sealed class Greater() : ComparisonOperator(BinaryOperator.Greater, ">")
{
    public override FunctionDocumentation Documentation { get; } = Documented("greater than", "portfolio.par30 > 5%", "4.2%", "no");

    public override MethodInfo RuntimeFor(Type operand) => Run<Greater>();

    public override MethodInfo NumericRelation => Relation<Greater>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(double a, double b) => a > b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Compare(a, b, Holds(a, b));
}

public sealed class GreaterOrEqual() : ComparisonOperator(BinaryOperator.GreaterOrEqual, ">=")
{
    public override FunctionDocumentation Documentation { get; } = Documented("greater than or equal", "portfolio.par30 >= 5%", "null", "missing");

    public override MethodInfo RuntimeFor(Type operand) => Run<GreaterOrEqual>();

    public override MethodInfo NumericRelation => Relation<GreaterOrEqual>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(double a, double b) => a >= b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Compare(a, b, Holds(a, b));
}
