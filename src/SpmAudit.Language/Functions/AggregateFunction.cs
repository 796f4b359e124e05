using System.Reflection;

namespace SpmAudit.Language.Functions;

/// <summary>
/// A function over a list of records: <c>name(list, r => …)</c>. Its implementation is the
/// <see cref="IAggregate{TState}"/> type <see cref="Aggregator"/>; without a lambda each record
/// counts as true. A missing list gives a missing result.
/// </summary>
public abstract class AggregateFunction(string name, params FunctionParameter[] parameters) : FunctionDefinition(name, parameters)
{
    /// <summary>The type implementing <see cref="IAggregate{TState}"/> for this function.</summary>
    public abstract Type Aggregator { get; }

    /// <summary>The state type of <see cref="Aggregator"/>.</summary>
    public Type State => Aggregator.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregate<>)).GetGenericArguments()[0];

    public MethodInfo Start => Step("Start");

    public MethodInfo Next => Step("Step");

    public MethodInfo Finish => Step("Finish");

    private MethodInfo Step(string name) =>
        Aggregator.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"{Aggregator.Name}.{name} is missing.");
}
