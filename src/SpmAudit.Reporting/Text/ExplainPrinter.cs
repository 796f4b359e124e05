using System.Text;
using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Json;

namespace SpmAudit.Reporting.Text;

/// <summary>The trace of one indicator as text: every clause, every sub-expression's value, the evidence read with its source.</summary>
public static class ExplainPrinter
{
    public static string Print(AuditResult result, IndicatorResult indicator)
    {
        var trace = new Explainer(result.Pack).Explain(indicator.Rule);
        var text = new StringBuilder();
        text.AppendLine($"{indicator.Node.Id} {indicator.Node.Title}{(indicator.Rule.Critical ? " [critical]" : "")}");
        text.AppendLine($"status: {StatusNames.Of(indicator.Status)} ({indicator.Reason})");
        if (indicator.Rule.Guidance is { } guidance)
        {
            text.AppendLine($"guidance: {guidance}");
        }

        text.AppendLine("rule:");
        foreach (var clause in trace.Clauses)
        {
            Write(text, clause.Value, 1, clause.Clause);
        }

        text.AppendLine("evidence read:");
        foreach (var use in indicator.Evidence)
        {
            var value = use.IsMissing ? "missing" : ValueText.Format(use.Item.Type, use.Entry!.Value);
            var source = use.Entry?.Source is { } s ? $" [{s}]" : "";
            var comment = use.Entry?.Comment is { } c ? $" — {c}" : "";
            text.AppendLine($"  {use.Item.Key} = {value}{source}{comment}");
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, TraceNode node, int depth, string? label = null)
    {
        var value = node.Value is null ? "missing" : ValueText.Format(node.Type, node.Value);
        var prefix = label is null ? "" : $"{label}: ";
        text.Append(' ', depth * 2).AppendLine($"{prefix}{node.Expression} = {value}");
        if (node.IsLiteral)
        {
            return;
        }

        foreach (var child in node.Children.Where(c => !c.IsLiteral && c.Expression != node.Expression))
        {
            Write(text, child, depth + 1);
        }
    }
}
