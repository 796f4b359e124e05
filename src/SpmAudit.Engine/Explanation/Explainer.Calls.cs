using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

public sealed partial class Explainer
{
    private TraceNode EvaluateCall(string text, BoundCall call)
    {
        if (call.Function is BuiltinFunction.Count or BuiltinFunction.Sum or BuiltinFunction.Avg or BuiltinFunction.Any or BuiltinFunction.All)
        {
            return EvaluateListCall(text, call);
        }

        var arguments = call.Arguments.Select(Evaluate).ToList();
        var values = arguments.Select(a => a.Value).ToList();
        object? result = call.Function switch
        {
            BuiltinFunction.Known => values[0] is not null,
            _ when values.Any(v => v is null) => null,
            BuiltinFunction.Ratio => RuntimeFunctions.Divide(Number(values[0]!), Number(values[1]!)),
            BuiltinFunction.Min => values.Min(v => Number(v!)),
            BuiltinFunction.Max => values.Max(v => Number(v!)),
            BuiltinFunction.Abs => Math.Abs(Number(values[0]!)),
            BuiltinFunction.DaysBetween => Number(values[1]!) - Number(values[0]!),
            _ => null,
        };
        return new TraceNode(text, call.Type, result, [.. arguments]);
    }

    /// <summary>List functions over records, with the same missing-value rules as <see cref="RuntimeFunctions"/>.</summary>
    private TraceNode EvaluateListCall(string text, BoundCall call)
    {
        var list = Evaluate(call.Arguments[0]);
        if (list.Value is not IReadOnlyList<object?[]> records)
        {
            return new TraceNode(text, call.Type, null, [list]);
        }

        if (call.Arguments.Length == 1)
        {
            return new TraceNode(text, call.Type, (double)records.Count, [list]);
        }

        var lambda = (BoundLambda)call.Arguments[1];
        var results = new List<object?>(records.Count);
        foreach (var record in records)
        {
            _records[lambda.Variable] = record;
            results.Add(Evaluate(lambda.Body).Value);
        }

        _records.Remove(lambda.Variable);
        object? value = call.Function switch
        {
            BuiltinFunction.Count => results.Any(r => r is null) ? null : (double)results.Count(r => r is true),
            BuiltinFunction.Sum => results.Any(r => r is null) ? null : results.Sum(r => (double)r!),
            BuiltinFunction.Avg => results.Count == 0 || results.Any(r => r is null) ? null : results.Average(r => (double)r!),
            BuiltinFunction.Any => results.Any(r => r is true) ? true : results.Any(r => r is null) ? null : false,
            _ => results.Any(r => r is false) ? false : results.Any(r => r is null) ? null : true,
        };
        return new TraceNode(text, call.Type, value, [list]);
    }
}
