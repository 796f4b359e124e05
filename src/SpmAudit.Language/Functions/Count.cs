using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>count(list)</c> and <c>count(list, r => condition)</c>: how many records (match).</summary>
public sealed class Count() : AggregateFunction("count", new("list", ParameterKind.List), new("r", ParameterKind.Predicate, Optional: true))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "the number of records, or of records for which the condition holds",
        "missing when the list is missing, or the condition is missing for a record",
        new("count(staff.trainings, r => r.hours >= 8)", Evidence(("staff.trainings", "list of { topic: text, hours: number }", "[{ topic: ethics, hours: 12 }, { topic: products, hours: 4 }]")), "1"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => DataType.Integer;

    public override Type Aggregator => typeof(Counter);

    public struct Tally
    {
        internal double Count;
    }

    public sealed class Counter : IAggregate<Tally>
    {
        public static Tally Start() => default;

        public static bool Step(ref Tally state, double value)
        {
            if (RuntimeValues.IsMissing(value))
            {
                state.Count = RuntimeValues.Missing;
                return false;
            }

            state.Count += value == RuntimeValues.True ? 1 : 0;
            return true;
        }

        public static double Finish(ref Tally state) => state.Count;
    }
}
