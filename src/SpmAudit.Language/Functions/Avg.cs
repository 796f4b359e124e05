using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>avg(list, r => number)</c>: the mean over records.</summary>
public sealed class Avg() : AggregateFunction("avg", new("list", ParameterKind.List), new("r", ParameterKind.Selector))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "the mean of the number over all records; a percentage when the number is one",
        "missing when the list is missing or empty, or the number is missing for a record",
        new("avg(branches, r => r.par30)", Evidence(("branches", "list of { name: text, par30: percentage }", "[{ name: north, par30: 3% }, { name: south, par30: 6% }]")), "4.5%"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) =>
        arguments[1].Kind == TypeKind.Percentage ? DataType.Percentage : DataType.Number;

    public override Type Aggregator => typeof(Averager);

    public struct Mean
    {
        internal double Total;
        internal int Count;
    }

    public sealed class Averager : IAggregate<Mean>
    {
        public static Mean Start() => default;

        public static bool Step(ref Mean state, double value)
        {
            state.Total += value;
            state.Count++;
            return !RuntimeValues.IsMissing(value);
        }

        public static double Finish(ref Mean state) => state.Count == 0 ? RuntimeValues.Missing : RuntimeValues.Finite(state.Total / state.Count);
    }
}
