using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>all(list, r => condition)</c>: whether every record matches.</summary>
public sealed class All() : AggregateFunction("all", new("list", ParameterKind.List), new("r", ParameterKind.Predicate))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "true when the condition holds for every record (true for an empty list)",
        "false as soon as one record fails, even if another's condition is missing; otherwise missing when any is missing",
        new("all(staff.trainings, r => r.hours >= 8)", Evidence(("staff.trainings", "list of { topic: text, hours: number }", "[{ topic: ethics, hours: 12 }, { topic: products, hours: 4 }]")), "no"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => DataType.Boolean;

    public override Type Aggregator => typeof(Conjunction);

    public struct Holds
    {
        internal double Value;
    }

    /// <summary>The three-valued 'and' of the records' conditions, stopping at the first false.</summary>
    public sealed class Conjunction : IAggregate<Holds>
    {
        public static Holds Start() => new() { Value = RuntimeValues.True };

        public static bool Step(ref Holds state, double value)
        {
            state.Value = And.Run(state.Value, value);
            return !And.DecidedBy(state.Value);
        }

        public static double Finish(ref Holds state) => state.Value;
    }
}
