using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>
/// A built-in function of the rule language, defined once: name, parameters and typing rule,
/// what it gives for missing values, documentation with a runnable example, and its one run-time
/// implementation. The binder, the printers, docs/language.md and the engine all read it.
/// </summary>
public abstract class FunctionDefinition : BuiltinDefinition
{
    protected FunctionDefinition(string name, params FunctionParameter[] parameters)
    {
        Name = name;
        Parameters = [.. parameters];
    }

    public string Name { get; }

    public ImmutableArray<FunctionParameter> Parameters { get; }

    public int MinArguments => Parameters.Count(p => !p.Optional);

    public int MaxArguments => Parameters.Length > 0 && Parameters[^1].Repeated ? int.MaxValue : Parameters.Length;

    /// <summary>"ratio(a, b)", "min(a, b, …)", "count(list[, r => condition])".</summary>
    public string Signature
    {
        get
        {
            var text = new System.Text.StringBuilder(Name).Append('(');
            for (var i = 0; i < Parameters.Length; i++)
            {
                var parameter = Parameters[i];
                var separator = i > 0 ? ", " : "";
                text.Append(parameter.Optional ? $"[{separator}{parameter.Signature}]" : separator + parameter.Signature);
                if (parameter.Repeated)
                {
                    text.Append(", …");
                }
            }

            return text.Append(')').ToString();
        }
    }

    /// <summary>The arity as a diagnostic says it: "2", "1 or 2", "at least 1".</summary>
    public string Arity => MaxArguments == int.MaxValue ? $"at least {MinArguments}"
        : MinArguments == MaxArguments ? $"{MinArguments}"
        : $"{MinArguments} or {MaxArguments}";

    /// <summary>
    /// The typing rule: the result type for arguments of these types, already checked against
    /// <see cref="Parameters"/> (for a lambda, the type of its body).
    /// </summary>
    public abstract DataType ResultType(IReadOnlyList<DataType> arguments);

    /// <summary>Percentage when every argument is one, integer when every argument is one, else number.</summary>
    protected static DataType NumericResult(IReadOnlyList<DataType> arguments) =>
        arguments.All(a => a.Kind == TypeKind.Percentage) ? DataType.Percentage
        : arguments.All(a => a.Kind == TypeKind.Integer) ? DataType.Integer
        : DataType.Number;

    public override string ToString() => Name;
}
