using System.Collections.Frozen;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>
/// Every built-in function and operator of the rule language. Adding a function is one file
/// (a <see cref="FunctionDefinition"/>) and one line here; the binder, the printers, the
/// documentation table and the compiled rules all find it through this catalog.
/// </summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDefinition> Functions { get; } =
    [
        new Ratio(), new Min(), new Max(), new Abs(), new Count(), new Sum(), new Avg(), new Median(), new Share(),
        new Any(), new All(), new DaysBetween(), new Known(),
    ];

    public static IReadOnlyList<BinaryOperatorDefinition> BinaryOperators { get; } =
    [
        new Add(), new Subtract(), new Multiply(), new Divide(),
        new Less(), new LessOrEqual(), new Greater(), new GreaterOrEqual(), new Equal(), new NotEqual(),
        new And(), new Or(),
    ];

    public static IReadOnlyList<UnaryOperatorDefinition> UnaryOperators { get; } = [new Not(), new Negate()];

    public static In In { get; } = new();

    public static Conditional Conditional { get; } = new();

    public static GroupSelect Select { get; } = new();

    /// <summary>Every operator, in the order docs/language.md lists them.</summary>
    public static IEnumerable<OperatorDefinition> Operators =>
        [.. BinaryOperators, .. UnaryOperators, In, Conditional, Select];

    private static readonly FrozenDictionary<string, FunctionDefinition> ByName =
        Functions.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, BinaryOperatorDefinition> BySymbol =
        BinaryOperators.ToFrozenDictionary(o => o.Symbol, StringComparer.Ordinal);

    private static readonly BinaryOperatorDefinition[] ByOperator =
        [.. BinaryOperators.OrderBy(o => (int)o.Operator)];

    public static IEnumerable<string> FunctionNames => ByName.Keys;

    public static FunctionDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static BinaryOperatorDefinition? FindBinary(string symbol) => BySymbol.GetValueOrDefault(symbol);

    public static BinaryOperatorDefinition Of(BinaryOperator op) => ByOperator[(int)op];

    public static UnaryOperatorDefinition Of(UnaryOperator op) => UnaryOperators.First(u => u.Operator == op);
}
