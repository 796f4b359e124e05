using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

public sealed class Or() : LogicalOperator(BinaryOperator.Or, "or", 2)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "at least one holds",
        "true when either side is true, even if the other is missing; otherwise missing when either is",
        new("policy.exists or policy.drafted", Evidence(("policy.exists", "boolean", "null"), ("policy.drafted", "boolean", "true")), "yes"));

    public override MethodInfo RuntimeFor(Type operand) => Method<Or>(nameof(Run), typeof(double));

    public override MethodInfo Decides => typeof(Or).GetMethod(nameof(DecidedBy))!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) =>
        a == RuntimeValues.True || b == RuntimeValues.True ? RuntimeValues.True
        : RuntimeValues.IsMissing(a) || RuntimeValues.IsMissing(b) ? RuntimeValues.Missing
        : RuntimeValues.False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool DecidedBy(double left) => left == RuntimeValues.True;
}
