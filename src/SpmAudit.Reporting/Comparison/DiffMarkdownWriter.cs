using System.Text;

namespace SpmAudit.Reporting.Comparison;

/// <summary>'spm-audit diff --format md': the same content as the text form, as Markdown tables.</summary>
public static class DiffMarkdownWriter
{
    public static string Write(DiffReport report)
    {
        var diff = report.Diff;
        var text = new StringBuilder();
        text.Append($"# Changes from {diff.Old.Id} {diff.Old.Version} to {diff.New.Id} {diff.New.Version}\n\n");
        text.Append(DiffTextWriter.Heading(diff)).Append('\n');
        if (!diff.IsEmpty)
        {
            text.Append("\n| subject | change | field | old | new |\n|---|---|---|---|---|\n");
            foreach (var change in diff.Changes)
            {
                string[] cells = [ChangeText.Label(change), ChangeText.Kind(change.Kind), ChangeText.Field(change), change.Old ?? "", change.New ?? ""];
                text.Append("| ").AppendJoin(" | ", cells.Select(Cell)).Append(" |\n");
            }
        }

        if (!report.Packs.IsEmpty)
        {
            text.Append($"\n## Re-scored under both editions\n\n").Append(RescoreTable.Markdown(report));
        }

        return text.ToString();
    }

    /// <summary>A table cell: pipes escaped and line breaks as spaces, so criterion text cannot break the table.</summary>
    internal static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
