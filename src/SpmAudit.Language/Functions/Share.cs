using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>share(list, r => condition)</c>: matching records ÷ all records.</summary>
public sealed class Share() : AggregateFunction("share", new("list", ParameterKind.List), new("r", ParameterKind.Predicate))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "the records for which the condition holds ÷ all records, as a percentage",
        "missing when the list is missing or empty, or the condition is missing for a record",
        new("share(files.sampled, r => r.cash_flow_analysed)", Evidence(("files.sampled", "list of { id: text, cash_flow_analysed: boolean }", "[{ id: f1, cash_flow_analysed: true }, { id: f2, cash_flow_analysed: true }, { id: f3, cash_flow_analysed: false }, { id: f4, cash_flow_analysed: true }]")), "75%"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) => DataType.Percentage;

    public override Type Aggregator => typeof(Proportion);

    public struct Tally
    {
        internal double Matching;
        internal int All;
    }

    public sealed class Proportion : IAggregate<Tally>
    {
        public static Tally Start() => default;

        public static bool Step(ref Tally state, double value)
        {
            if (RuntimeValues.IsMissing(value))
            {
                state.Matching = RuntimeValues.Missing;
                return false;
            }

            state.Matching += value == RuntimeValues.True ? 1 : 0;
            state.All++;
            return true;
        }

        public static double Finish(ref Tally state) => state.All == 0 ? RuntimeValues.Missing : state.Matching / state.All;
    }
}
