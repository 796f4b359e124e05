using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

public sealed class And() : LogicalOperator(BinaryOperator.And, "and", 3)
{
    public override FunctionDocumentation Documentation { get; } = new(
        "both hold",
        "false when either side is false, even if the other is missing; otherwise missing when either is",
        new("policy.exists and policy.approved", Evidence(("policy.exists", "boolean", "false"), ("policy.approved", "boolean", "null")), "no"));

    public override MethodInfo RuntimeFor(Type operand) => Method<And>(nameof(Run), typeof(double));

    public override MethodInfo Decides => typeof(And).GetMethod(nameof(DecidedBy))!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a, double b) =>
        a == RuntimeValues.False || b == RuntimeValues.False ? RuntimeValues.False
        : RuntimeValues.IsMissing(a) || RuntimeValues.IsMissing(b) ? RuntimeValues.Missing
        : RuntimeValues.True;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool DecidedBy(double left) => left == RuntimeValues.False;
}
