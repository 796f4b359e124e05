using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>any(list, r => condition)</c>: whether some record matches.</summary>
public sealed class Any() : AggregateFunction("any", new("list", ParameterKind.List), new("r", ParameterKind.Predicate))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "true when the condition holds for at least one record (false for an empty list)",
        "true as soon as one record matches, even if another's condition is missing; otherwise missing when any is missing",
        new("any(staff.trainings, r => r.topic == \"client protection\")", Evidence(("staff.trainings", "list of { topic: text, hours: number }", "[{ topic: ethics, hours: 12 }, { topic: client protection, hours: 4 }]")), "yes"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => DataType.Boolean;

    public override Type Aggregator => typeof(Disjunction);

    public struct Found
    {
        internal double Value;
    }

    /// <summary>The three-valued 'or' of the records' conditions, stopping at the first true.</summary>
    public sealed class Disjunction : IAggregate<Found>
    {
        public static Found Start() => new() { Value = RuntimeValues.False };

        public static bool Step(ref Found state, double value)
        {
            state.Value = Or.Run(state.Value, value);
            return !Or.DecidedBy(state.Value);
        }

        public static double Finish(ref Found state) => state.Value;
    }
}
