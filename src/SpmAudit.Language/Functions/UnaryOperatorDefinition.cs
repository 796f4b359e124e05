using System.Reflection;
using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>An operator before one operand: <c>not</c> and unary minus.</summary>
public abstract class UnaryOperatorDefinition(UnaryOperator op, string symbol, int precedence) : OperatorDefinition(symbol, precedence)
{
    public UnaryOperator Operator { get; } = op;

    /// <summary>The result type, or null when the operand does not fit.</summary>
    public abstract DataType? Type(DataType operand);

    public abstract MethodInfo Runtime { get; }
}

public sealed class Not() : UnaryOperatorDefinition(UnaryOperator.Not, "not", 4)
{
    public override string Form => "not a";

    public override FunctionDocumentation Documentation { get; } = new(
        "the opposite of a condition",
        "missing when the condition is missing",
        new("not policy.exists", Evidence(("policy.exists", "boolean", "false")), "yes"));

    public override DataType? Type(DataType operand) => operand.Kind == TypeKind.Boolean ? DataType.Boolean : null;

    public override MethodInfo Runtime => typeof(Not).GetMethod(nameof(Run))!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a) => RuntimeValues.IsMissing(a) ? RuntimeValues.Missing : RuntimeValues.True - a;
}

public sealed class Negate() : UnaryOperatorDefinition(UnaryOperator.Negate, "-", 9)
{
    public override string Form => "-a";

    public override FunctionDocumentation Documentation { get; } = new(
        "the number with its sign changed, of the number's type",
        "missing when the number is missing",
        new("-loans.written_off", Evidence(("loans.written_off", "integer", "12")), "-12"));

    public override DataType? Type(DataType operand) => operand.IsNumeric ? operand : null;

    public override MethodInfo Runtime => typeof(Negate).GetMethod(nameof(Run))!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run(double a) => -a;
}
