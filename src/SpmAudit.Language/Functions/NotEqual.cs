using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>!=: the negation of ==.</summary>
public sealed class NotEqual() : BinaryOperatorDefinition(BinaryOperator.NotEqual, "!=", ComparisonPrecedence)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "not equal",
        "missing when either side is missing",
        new("policy.name != \"draft\"", Evidence(("policy.name", "text", "\"Client protection policy\"")), "yes"));

    public override OperatorTyping Type(DataType left, DataType right) =>
        left.IsComparableWith(right) ? OperatorTyping.Of(DataType.Boolean) : OperatorTyping.Mismatch;

    public override MethodInfo RuntimeFor(Type operand) => Method<NotEqual>(nameof(Run), operand == typeof(string) ? typeof(string) : typeof(double));

    public override MethodInfo NumericRelation => Method<NotEqual>(nameof(Holds), typeof(double));

    /// <summary>For known numbers, the opposite of <see cref="Equal.Holds"/>, as <see cref="Run(double, double)"/> is of <see cref="Equal.Run(double, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(double a, double b) => !Equal.Holds(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Not.Run(Equal.Run(a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(string? a, string? b) => Not.Run(Equal.Run(a, b));
}
