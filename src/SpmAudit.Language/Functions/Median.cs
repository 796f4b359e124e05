using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary><c>median(list, r => number)</c>: the middle value over records.</summary>
public sealed class Median() : AggregateFunction("median", new("list", ParameterKind.List), new("r", ParameterKind.Selector))
{
    public override FunctionDocumentation Documentation { get; } = new(
        "the middle of the numbers over all records (the mean of the two middle ones for an even count); a percentage when the number is one",
        "missing when the list is missing or empty, or the number is missing for a record",
        new("median(loans, r => r.amount)", Evidence(("loans", "list of { id: text, amount: number }", "[{ id: a, amount: 300 }, { id: b, amount: 100 }, { id: c, amount: 250 }, { id: d, amount: 900 }]")), "275"));

    public override DataType ResultType(IReadOnlyList<DataType> arguments) =>
        arguments[1].Kind == TypeKind.Percentage ? DataType.Percentage : DataType.Number;

    public override Type Aggregator => typeof(Middle);

    public struct Values
    {
        internal List<double>? Seen;
        internal bool Missing;
    }

    public sealed class Middle : IAggregate<Values>
    {
        public static Values Start() => default;

        public static bool Step(ref Values state, double value)
        {
            if (RuntimeValues.IsMissing(value))
            {
                state.Missing = true;
                return false;
            }

            (state.Seen ??= []).Add(value);
            return true;
        }

        public static double Finish(ref Values state)
        {
            if (state.Missing || state.Seen is not { Count: > 0 } seen)
            {
                return RuntimeValues.Missing;
            }

            seen.Sort();
            var middle = seen.Count / 2;
            return seen.Count % 2 == 1 ? seen[middle] : RuntimeValues.Finite((seen[middle - 1] + seen[middle]) / 2);
        }
    }
}
