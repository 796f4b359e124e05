namespace SpmAudit.Language.Functions;

/// <summary>
/// A built-in operator, defined once like a function: its symbol and precedence (which both
/// printers read), its typing rule, what it gives for missing values, an example that runs as a
/// test, and its run-time implementation. Precedences follow the grammar: if 1, or 2, and 3,
/// not 4, in 5, comparisons 6, + and - 7, * and / 8, unary minus 9.
/// </summary>
public abstract class OperatorDefinition(string symbol, int precedence) : BuiltinDefinition
{
    public const int ConditionalPrecedence = 1;
    public const int InPrecedence = 5;
    public const int ComparisonPrecedence = 6;
    public const int PrimaryPrecedence = 100;

    public string Symbol { get; } = symbol;

    public int Precedence { get; } = precedence;

    /// <summary>How the operator reads in docs/language.md: "a + b", "not a", "x in [a, b]".</summary>
    public abstract string Form { get; }

    public override string ToString() => Symbol;
}
