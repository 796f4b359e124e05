using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>sum(list, r => number)</c>: the total over records.</summary>
public sealed class Sum() : AggregateFunction("sum", new("list", ParameterKind.List), new("r", ParameterKind.Selector))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "the total of the number over all records (0 for an empty list), of the number's type",
        "missing when the list is missing, or the number is missing for a record",
        new("sum(staff.trainings, r => r.hours)", Evidence(("staff.trainings", "list of { topic: text, hours: number }", "[{ topic: ethics, hours: 12 }, { topic: products, hours: 4 }]")), "16"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => arguments[1];

    public override Type Aggregator => typeof(Adder);

    public struct Total
    {
        internal double Value;
    }

    public sealed class Adder : IAggregate<Total>
    {
        public static Total Start() => default;

        /// <summary>A missing value makes the total NaN, which no later record changes.</summary>
        public static bool Step(ref Total state, double value)
        {
            state.Value += value;
            return !RuntimeValues.IsMissing(value);
        }

        public static double Finish(ref Total state) => RuntimeValues.Finite(state.Value);
    }
}
