using System.Globalization;
using System.Text;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

/// <summary>
/// Says in one sentence why an indicator got its status, naming the conditions that failed (with
/// the values compared), the evidence that was missing, or the computation that had no value.
/// </summary>
public static class ReasonWriter
{
    private const int MaxNamed = 3;

    /// <summary>One builder per thread for the sentences: a reason is built in place, then copied out once.</summary>
    [ThreadStatic]
    private static StringBuilder? t_text;

    public static string Write(IndicatorTrace trace)
    {
        var met = trace.Clauses.FirstOrDefault(c => c.Clause == "met" || c.Clause.StartsWith("level ", StringComparison.Ordinal))?.Value;
        return trace.Status switch
        {
            IndicatorStatus.Met => "The 'met' rule holds.",
            IndicatorStatus.NotApplicable => Sentence("Not applicable: ", trace.Clauses[0].Value, "."),
            IndicatorStatus.Partial when trace.Clauses[^1].Clause.StartsWith("level ", StringComparison.Ordinal) =>
                Sentence($"Reaches {trace.Clauses[^1].Clause}: the top level fails because ", met!, "."),
            IndicatorStatus.Partial => Sentence("Partially met: the 'met' rule fails because ", met!, "."),
            IndicatorStatus.NotMet => Sentence("Not met: ", met!, "."),
            _ => Insufficient(trace),
        };
    }

    /// <summary>The cheap reason of an audit run without traces (batch): the status and the evidence that was missing.</summary>
    public static string WithoutTrace(IndicatorRule rule, IndicatorStatus status, IEnumerable<EvidenceUse> evidence) => status switch
    {
        IndicatorStatus.Met => "The 'met' rule holds.",
        IndicatorStatus.Partial => "The 'met' rule does not hold; the 'partial' rule does.",
        IndicatorStatus.NotMet => rule.Partial is null ? "The 'met' rule does not hold." : "Neither the 'met' nor the 'partial' rule holds.",
        IndicatorStatus.NotApplicable => "Not applicable: the 'applies' condition is false.",
        _ => evidence.Where(e => e.IsMissing).Select(e => e.Item.Key).ToList() is { Count: > 0 } missing
            ? $"Insufficient evidence: {string.Join(", ", missing)} not supplied."
            : "Insufficient evidence: the values supplied do not decide the rule (a division by zero, an empty list or a result beyond the finite numbers).",
    };

    /// <summary>An insufficient indicator's reason, with why out-of-date evidence was not used ('valid for 24 months').</summary>
    public static string WithStaleEvidence(string reason, IndicatorStatus status, IEnumerable<EvidenceUse> evidence)
    {
        var uses = evidence.ToList();
        var stale = uses.Select(e => e.Entry?.Stale).OfType<string>().Distinct().ToList();
        if (status != IndicatorStatus.InsufficientEvidence || stale.Count == 0)
        {
            return reason;
        }

        // When out-of-date evidence is all that is missing, it is the whole reason; otherwise it is added to it.
        return uses.Where(e => e.IsMissing).All(e => e.Entry?.Stale is not null)
            ? $"Insufficient evidence: {string.Join("; ", stale)}, so the rule cannot be decided."
            : $"{reason} Out of date: {string.Join("; ", stale)}.";
    }

    /// <summary><paramref name="before"/>, the failing parts of <paramref name="node"/>, <paramref name="after"/>.</summary>
    private static string Sentence(string before, TraceNode node, string after)
    {
        var text = t_text ??= new StringBuilder(512);
        text.Clear().Append(before);
        Failing(text, node);
        var sentence = text.Append(after).ToString();
        if (text.Capacity > 8192)
        {
            // A rare huge reason does not keep its buffer alive for the thread's life.
            t_text = null;
        }

        return sentence;
    }

    private static void Failing(StringBuilder text, TraceNode node)
    {
        var leaves = new List<TraceNode>();
        CollectFalse(node, leaves);
        for (var i = 0; i < Math.Min(leaves.Count, MaxNamed); i++)
        {
            if (i > 0)
            {
                text.Append("; ");
            }

            Describe(text, leaves[i]);
        }

        if (leaves.Count > MaxNamed)
        {
            text.Append(CultureInfo.InvariantCulture, $" (and {leaves.Count - MaxNamed} more)");
        }
    }

    /// <summary>The smallest sub-conditions that make a false condition false.</summary>
    private static void CollectFalse(TraceNode node, List<TraceNode> leaves)
    {
        var before = leaves.Count;
        if (node.IsLogical)
        {
            foreach (var child in node.Children)
            {
                if (child.AsBoolean == false)
                {
                    CollectFalse(child, leaves);
                }
            }
        }

        if (leaves.Count == before)
        {
            leaves.Add(node);
        }
    }

    private static void Describe(StringBuilder text, TraceNode node)
    {
        text.Append(node.ShortExpression);
        var first = true;
        var any = false;
        foreach (var child in node.Children)
        {
            any = true;
            if (child.IsLiteral)
            {
                continue;
            }

            text.Append(first ? " is false (" : ", ").Append(child.ShortExpression).Append(" = ").Append(Show(child));
            first = false;
        }

        if (!any && node.Evidence is not null)
        {
            text.Append(" is ").Append(Show(node));
        }
        else
        {
            text.Append(first ? " is false" : ")");
        }
    }

    private static string Show(TraceNode node) => node.IsMissing ? "missing" : ValueText.Format(node.Type, node.Value);

    private static string Insufficient(IndicatorTrace trace)
    {
        var keys = new List<string>();
        TraceNode? undefined = null;
        foreach (var clause in trace.Clauses)
        {
            Collect(clause.Value, keys, ref undefined);
        }

        if (keys.Count > 0)
        {
            return $"Insufficient evidence: {string.Join(", ", keys.Distinct().Take(MaxNamed + 2))} not supplied, so the rule cannot be decided.";
        }

        return undefined is null
            ? "Insufficient evidence: the values supplied do not decide the rule."
            : $"Insufficient evidence: {undefined.ShortExpression} has no value ({Why(undefined)}), so the rule cannot be decided.";
    }

    /// <summary>Missing evidence read by the rule, and the first computation that gave no value from values it had.</summary>
    private static void Collect(TraceNode node, List<string> keys, ref TraceNode? undefined)
    {
        if (node.Evidence is not null && node.IsMissing)
        {
            keys.Add(node.Evidence.Key);
        }

        var children = node.Children.ToList();
        if (undefined is null && node.IsMissing && node.Evidence is null && children.Count > 0 && children.All(c => !c.IsMissing))
        {
            undefined = node;
        }

        foreach (var child in children)
        {
            Collect(child, keys, ref undefined);
        }
    }

    private static string Why(TraceNode node) => NoValueCause.Of(node) switch
    {
        NoValueCause.DivisionByZero => "division by zero",
        NoValueCause.EmptyList => "the list is empty",
        NoValueCause.RecordLacksValue => "a record lacks a value it needs",
        NoValueCause.NoGroup => $"no group has {NoValueCause.Group(node)}",
        NoValueCause.SeveralGroups => $"several records have {NoValueCause.Group(node)}",
        _ => "the result is beyond the finite numbers",
    };
}
