using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>
/// <c>list[column = value, …]</c>: the 'value' of the one record whose fields equal the given
/// values, typically one group of a grouped metric ('metric.dropout_by_cycle[last_cycle = 1]').
/// Missing when no record matches, or when several do (the rule cannot know which figure it
/// means); a record whose named field is missing is no group of any value.
/// </summary>
public sealed class GroupSelect() : OperatorDefinition("[]", PrimaryPrecedence)
{
    /// <summary>Why a selector found no figure although its list and values were given.</summary>
    public enum Outcome
    {
        Found,
        NoRecord,
        SeveralRecords,
    }

    public override string Form => "list[column = value]";

    public override FunctionDocumentation Documentation { get; } = new(
        "the value of the one record (one group of a grouped metric) whose columns equal the values; a grouped metric's selector names every group column",
        "missing when the list or a value is missing, when no record matches (no such group) or when several do",
        new("metric.dropout_by_cycle[last_cycle = 2]", Evidence(("metric.dropout_by_cycle", "list of { last_cycle: integer, value: percentage }", "[{ last_cycle: 1, value: 31% }, { last_cycle: 2, value: 18% }]")), "18%"));

    /// <summary>The figure: the value field of the one record whose <paramref name="fields"/> equal <paramref name="keys"/> (boxed doubles or strings, null when missing).</summary>
    public static double Run(object?[][]? records, int[] fields, object?[] keys, int valueField) =>
        Find(records, fields, keys, out var record) == Outcome.Found ? RuntimeValues.Field(record![valueField]) : RuntimeValues.Missing;

    /// <summary>Which record the selector picks, if any; null list or keys count as no record.</summary>
    public static Outcome Find(object?[][]? records, int[] fields, object?[] keys, out object?[]? found)
    {
        found = null;
        if (records is null || keys.Any(k => k is null or double.NaN))
        {
            return Outcome.NoRecord;
        }

        foreach (var record in records)
        {
            if (!Matches(record, fields, keys))
            {
                continue;
            }

            if (found is not null)
            {
                found = null;
                return Outcome.SeveralRecords;
            }

            found = record;
        }

        return found is null ? Outcome.NoRecord : Outcome.Found;
    }

    private static bool Matches(object?[] record, int[] fields, object?[] keys)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var equal = (record[fields[i]], keys[i]) switch
            {
                (double a, double b) => Equal.Run(a, b),
                (string a, string b) => Equal.Run(a, b),
                _ => RuntimeValues.Missing,
            };
            if (equal != RuntimeValues.True)
            {
                return false;
            }
        }

        return true;
    }
}
