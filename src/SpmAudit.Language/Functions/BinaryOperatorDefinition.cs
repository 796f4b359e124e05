using System.Reflection;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>An operator between two operands. Operators are left-associative; comparisons do not chain.</summary>
public abstract class BinaryOperatorDefinition(BinaryOperator op, string symbol, int precedence) : OperatorDefinition(symbol, precedence)
{
    public BinaryOperator Operator { get; } = op;

    public override string Form => $"a {Symbol} b";

    /// <summary>Comparisons give a boolean even when an operand is invalid, so one mistake is reported once.</summary>
    public virtual DataType WhenOperandInvalid => DataType.Boolean;

    /// <summary>The typing rule for operands of these (valid) types.</summary>
    public abstract OperatorTyping Type(DataType left, DataType right);

    /// <summary>The implementation for operands of this run-time type (double or string).</summary>
    public abstract MethodInfo RuntimeFor(Type operand);

    /// <summary>
    /// For an operator on numbers that is missing exactly when either side is (the comparisons):
    /// the static <c>bool Holds(double, double)</c> its run time is built from, so compiled
    /// conditions can branch on <see cref="RuntimeValues.BothKnown"/> and then on the relation.
    /// Null for every other operator.
    /// </summary>
    public virtual MethodInfo? NumericRelation => null;

    protected static MethodInfo Method<T>(string name, Type operand) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [operand, operand])
        ?? throw new InvalidOperationException($"{typeof(T).Name}.{name}({operand.Name}, {operand.Name}) is missing.");
}
