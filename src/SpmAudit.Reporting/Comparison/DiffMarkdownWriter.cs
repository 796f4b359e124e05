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
            text.Append("\n| subject | change | what | old | new |\n|---|---|---|---|---|\n");
            foreach (var change in diff.Changes)
            {
                var (what, old, @new) = ChangeText.IsLong(change)
                    ? (change.Field ?? "", ChangeText.Value(change.Old), ChangeText.Value(change.New))
                    : (ChangeText.Detail(change), "", "");
                text.Append("| ").AppendJoin(" | ", new[] { ChangeText.Label(change), ChangeText.Kind(change.Kind), what, old, @new }.Select(Cell)).Append(" |\n");
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
