using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>
/// A call of a function the ruleset declares, seen through the catalog's shape so that every
/// consumer of <see cref="BoundCall"/> (printers, traces, evidence reads) treats it like a built-in:
/// the trace shows the call, its arguments and its result.
/// </summary>
public abstract class DeclaredFunction(RulesetFunction function)
    : FunctionDefinition(function.Name, [.. function.Parameters.Select(p => new FunctionParameter(p.Name, KindOf(p.Type)))])
{
    public RulesetFunction Declaration { get; } = function;

    public override FunctionDocumentation Documentation { get; } = new(
        function.Signature, "missing when an argument is missing", new FunctionExample(function.Name, [], ""));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => Declaration.ReturnType;

    private static ParameterKind KindOf(DataType type) => type.Kind switch
    {
        TypeKind.Integer or TypeKind.Number or TypeKind.Percentage => ParameterKind.Number,
        TypeKind.Date => ParameterKind.Date,
        TypeKind.RecordList => ParameterKind.List,
        _ => ParameterKind.Value,
    };
}

/// <summary>
/// A call of a rule-language function at one call site: its parameters as lets holding the
/// arguments, and its body bound with the arguments' types. The engine evaluates each argument
/// once and inlines the body.
/// </summary>
public sealed class InlinedFunction(RulesetFunction function, System.Collections.Immutable.ImmutableArray<BoundLet> parameters, BoundExpression body)
    : DeclaredFunction(function)
{
    public System.Collections.Immutable.ImmutableArray<BoundLet> ParameterLets { get; } = parameters;

    public BoundExpression Body { get; } = body;
}

/// <summary>A call of a C# function: compiled, sandboxed and metered (SpmAudit.Language.Scripting), run by the engine.</summary>
public sealed class CSharpFunction(RulesetFunction function) : DeclaredFunction(function);
