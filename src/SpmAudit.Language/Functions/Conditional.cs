using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>if c then a else b</c>: one branch, chosen by a condition; a missing condition gives a missing value.</summary>
public sealed class Conditional() : OperatorDefinition("if", ConditionalPrecedence)
{
    public const int Then = 0;
    public const int Else = 1;
    public const int Neither = 2;

    public override string Form => "if c then a else b";

    public override FunctionDocumentation Documentation { get; } = new(
        "a when c holds, b when it does not; both branches must have comparable types",
        "missing when c is missing (or the branch taken is)",
        new("if institution.offers_savings then 1 else 0", Evidence(("institution.offers_savings", "boolean", "true")), "1"));

    /// <summary>The branch a condition value chooses: <see cref="Then"/>, <see cref="Else"/> or <see cref="Neither"/> when missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Branch(double condition) =>
        condition == RuntimeValues.True ? Then : condition == RuntimeValues.False ? Else : Neither;

    /// <summary>The type of 'if … then a else b', or null when the branches do not fit together.</summary>
    public static DataType? Type(DataType then, DataType otherwise) =>
        then.IsNumeric && otherwise.IsNumeric ? (then.Kind == otherwise.Kind ? then : DataType.Number)
        : then.IsComparableWith(otherwise) ? then
        : null;
}
