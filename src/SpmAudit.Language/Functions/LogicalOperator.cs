using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>
/// and / or: three-valued logic, so a rule is decided whenever the evidence present decides it.
/// <c>DecidedBy</c> says when the left side alone fixes the result; compiled rules then skip the
/// right side, and its trace shows it was not needed.
/// </summary>
public abstract class LogicalOperator(BinaryOperator op, string symbol, int precedence) : BinaryOperatorDefinition(op, symbol, precedence)
{
    public override OperatorTyping Type(DataType left, DataType right) =>
        left.Kind == TypeKind.Boolean && right.Kind == TypeKind.Boolean ? OperatorTyping.Of(DataType.Boolean) : OperatorTyping.Mismatch;

    /// <summary>The static method <c>DecidedBy(double left)</c> of the operator.</summary>
    public abstract System.Reflection.MethodInfo Decides { get; }
}
