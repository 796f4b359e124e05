using SpmAudit.Engine.Evaluation;

namespace SpmAudit.Engine.Explanation;

/// <summary>
/// Says in one sentence why an indicator got its status, naming the conditions that failed (with
/// the values compared) or the evidence that was missing.
/// </summary>
public static class ReasonWriter
{
    private const int MaxNamed = 3;

    public static string Write(IndicatorTrace trace)
    {
        var clause = (string name) => trace.Clauses.FirstOrDefault(c => c.Clause == name || (name == "met" && c.Clause.StartsWith("level ", StringComparison.Ordinal)))?.Value;
        return trace.Status switch
        {
            IndicatorStatus.Met => "The 'met' rule holds.",
            IndicatorStatus.NotApplicable => $"Not applicable: {Failing(clause("applies")!, trace)}.",
            IndicatorStatus.Partial when trace.Clauses.LastOrDefault()?.Clause is { } last && last.StartsWith("level ", StringComparison.Ordinal) =>
                $"Reaches {last}: the top level fails because {Failing(clause("met")!, trace)}.",
            IndicatorStatus.Partial => $"Partially met: the 'met' rule fails because {Failing(clause("met")!, trace)}.",
            IndicatorStatus.NotMet => $"Not met: {Failing(clause("met")!, trace)}.",
            _ => $"Insufficient evidence: {Missing(trace)} not supplied, so the rule cannot be decided.",
        };
    }

    private static string Failing(TraceNode node, IndicatorTrace trace)
    {
        var leaves = new List<TraceNode>();
        CollectFalse(node, leaves);
        return string.Join("; ", leaves.Take(MaxNamed).Select(l => Describe(l, trace))) + (leaves.Count > MaxNamed ? $" (and {leaves.Count - MaxNamed} more)" : "");
    }

    /// <summary>The smallest sub-conditions that make a false condition false.</summary>
    private static void CollectFalse(TraceNode node, List<TraceNode> leaves)
    {
        var falseChildren = node.Children.Where(c => c.AsBoolean == false).ToList();
        if (node.IsLogical && falseChildren.Count > 0)
        {
            foreach (var child in falseChildren)
            {
                CollectFalse(child, leaves);
            }

            return;
        }

        leaves.Add(node);
    }

    private static string Describe(TraceNode node, IndicatorTrace trace)
    {
        var operands = node.Children
            .Where(c => !c.IsLiteral)
            .Select(c => $"{c.Expression} = {Show(c)}")
            .ToList();
        var values = operands.Count == 0 ? "" : $" ({string.Join(", ", operands)})";
        return node.Children.Length == 0 && node.Evidence is not null
            ? $"{node.Expression} is {Show(node)}"
            : $"{node.Expression} is false{values}";
    }

    private static string Show(TraceNode node) => node.Value is null ? "missing" : ValueText.Format(node.Type, node.Value);

    private static string Missing(IndicatorTrace trace)
    {
        var keys = new List<string>();
        foreach (var clause in trace.Clauses)
        {
            CollectMissing(clause.Value, keys);
        }

        return keys.Count == 0 ? "no usable value (for example a ratio over zero)" : string.Join(", ", keys.Distinct().Take(MaxNamed + 2));
    }

    private static void CollectMissing(TraceNode node, List<string> keys)
    {
        if (node.Evidence is not null && node.Value is null)
        {
            keys.Add(node.Evidence.Key);
        }

        foreach (var child in node.Children)
        {
            CollectMissing(child, keys);
        }
    }
}
