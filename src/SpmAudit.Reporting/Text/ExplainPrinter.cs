using System.Text;
using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Text;

/// <summary>
/// The trace of one indicator as text: every evaluated clause, every sub-expression's value, the
/// evidence read with its source. Nested sub-expressions are shown cut to a short text, so the
/// output stays linear in the size of the rule.
/// </summary>
public static class ExplainPrinter
{
    public static string Print(IndicatorResult indicator)
    {
        var trace = indicator.Trace ?? throw new InvalidOperationException("The audit ran without traces.");
        var text = new StringBuilder();
        text.AppendLine($"{indicator.Node.Id} {indicator.Node.Title}{(indicator.Rule.Critical ? " [critical]" : "")}");
        text.AppendLine($"status: {IndicatorStatuses.Name(indicator.Status)} ({indicator.Reason})");
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
            if (use.Entry?.Computed is { } computed)
            {
                WriteComputed(text, computed, use.Entry.Value);
            }
        }

        // Printed for a terminal: nothing taken from the inputs may drive it.
        return Language.Diagnostics.ControlCharacters.Escape(text.ToString());
    }

    /// <summary>A metric: the files it read with their fingerprints, the SQL with its parameters, and each group's figure.</summary>
    private static void WriteComputed(StringBuilder text, Engine.Tables.ComputedEvidence computed, object? value)
    {
        foreach (var file in computed.Files)
        {
            text.AppendLine($"    read {file.Table}: {file.Path}, {file.Rows:N0} rows, sha256 {file.Sha256}");
        }

        text.AppendLine("    sql:");
        foreach (var line in computed.Sql.Split('\n'))
        {
            text.AppendLine($"      {line}");
        }

        if (!computed.Parameters.IsEmpty)
        {
            text.AppendLine($"    parameters: {string.Join(", ", computed.Parameters.Select((p, i) => $"${i + 1} = {p}"))}");
        }

        if (value is IReadOnlyList<object?[]> groups)
        {
            foreach (var group in groups)
            {
                text.AppendLine($"    {string.Join(", ", group.Select(cell => cell switch { double d => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture), null => "missing", _ => cell.ToString() }))}");
            }
        }
    }

    private static void Write(StringBuilder text, TraceNode node, int depth, string? label = null)
    {
        var value = node.IsMissing ? "missing" : ValueText.Format(node.Type, node.Value);
        var expression = label is null ? node.ShortExpression : node.Expression;
        text.Append(' ', depth * 2).AppendLine($"{(label is null ? "" : $"{label}: ")}{expression} = {value}");
        if (node.IsLiteral)
        {
            return;
        }

        foreach (var child in node.Children.Where(c => !c.IsLiteral))
        {
            Write(text, child, depth + 1);
        }
    }
}
