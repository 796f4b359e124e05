using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>+ - * /: numbers in, a number out; a result outside the finite numbers is missing.</summary>
public abstract class ArithmeticOperator(BinaryOperator op, string symbol, int precedence) : BinaryOperatorDefinition(op, symbol, precedence)
{
    public override DataType WhenOperandInvalid => DataType.Error;

    public override OperatorTyping Type(DataType left, DataType right) =>
        left.IsNumeric && right.IsNumeric ? OperatorTyping.Of(ResultType(left, right)) : OperatorTyping.Mismatch;

    /// <summary>
    /// Percentages added to or subtracted from each other stay percentages; a product or quotient
    /// is a plain number, since 'ratio(a, b) * 1000' (per thousand) is as common as '0.8 * target'.
    /// </summary>
    protected virtual DataType ResultType(DataType left, DataType right) =>
        left.Kind == TypeKind.Integer && right.Kind == TypeKind.Integer ? DataType.Integer : DataType.Number;
}
