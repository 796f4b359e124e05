using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>What a typing rule says of an operator's operands: the result type, or why they do not fit.</summary>
public readonly record struct OperatorTyping(DataType? Type, TypingProblem Problem)
{
    public static OperatorTyping Of(DataType type) => new(type, TypingProblem.None);

    public static readonly OperatorTyping Mismatch = new(null, TypingProblem.Mismatch);

    /// <summary>The operands compare with == but have no order (text, choices, booleans); the result is still boolean.</summary>
    public static readonly OperatorTyping Unordered = new(DataType.Boolean, TypingProblem.Unordered);
}

public enum TypingProblem
{
    None,
    Mismatch,
    Unordered,
}
