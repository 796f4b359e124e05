using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

/// <summary>
/// The figures a rule computed from each list of records it read (how many records matched, a
/// share, a total), by evidence key, so a report can summarise a list instead of printing it whole.
/// </summary>
public static class ListFigures
{
    /// <summary>One figure: the function (count, share, sum, avg, min, max, median, any, all), the record field it read when it read one, and its value.</summary>
    public sealed record Figure(string Function, string? Field, bool HasCondition, ReasonValue Value);

    public static ImmutableDictionary<string, ImmutableArray<Figure>> Of(IndicatorTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var figures = new Dictionary<string, List<Figure>>(StringComparer.Ordinal);
        foreach (var clause in trace.Clauses)
        {
            Collect(clause.Value, figures);
        }

        return figures.ToImmutableDictionary(p => p.Key, p => p.Value.Distinct().ToImmutableArray(), StringComparer.Ordinal);
    }

    private static void Collect(TraceNode node, Dictionary<string, List<Figure>> figures)
    {
        if (node.Shape.Expression is BoundCall { Function: AggregateFunction function } call
            && call.Arguments[0] is BoundEvidence list
            && PlainReasonWriter.ValueOf(node, null) is { } value)
        {
            // count(list) without a condition is the number of records, which the summary gives anyway.
            var lambda = call.Arguments.Length > 1 ? call.Arguments[1] as BoundLambda : null;
            if (lambda is not null || function is not Count)
            {
                var field = (lambda?.Body as BoundField)?.Field;
                var figure = new Figure(function.Name, field, lambda is not null && field is null, value);
                (figures.TryGetValue(list.Item.Key, out var existing) ? existing : figures[list.Item.Key] = []).Add(figure);
            }
        }

        foreach (var child in node.Children)
        {
            Collect(child, figures);
        }
    }
}
