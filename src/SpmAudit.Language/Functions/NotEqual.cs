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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) => Not.Run(Equal.Run(a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(string? a, string? b) => Not.Run(Equal.Run(a, b));
}
