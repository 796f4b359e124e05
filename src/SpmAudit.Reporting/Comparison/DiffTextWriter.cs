using System.Text;
using SpmAudit.Language.Comparison;

namespace SpmAudit.Reporting.Comparison;

/// <summary>
/// The default output of 'spm-audit diff': a summary line, one line per change (re-wordings and
/// rules with their old and new text below), then the re-scored packs.
/// </summary>
public static class DiffTextWriter
{
    public static string Write(DiffReport report)
    {
        var text = new StringBuilder();
        var diff = report.Diff;
        text.Append(Heading(diff)).Append('\n');
        if (!diff.IsEmpty)
        {
            text.Append('\n');
        }

        var width = diff.Changes.Select(c => ChangeText.Label(c).Length).DefaultIfEmpty(0).Max();
        var kindWidth = diff.Changes.Select(c => ChangeText.Kind(c.Kind).Length).DefaultIfEmpty(0).Max();
        foreach (var change in diff.Changes)
        {
            text.Append(ChangeText.Label(change).PadRight(width)).Append("  ").Append(ChangeText.Kind(change.Kind).PadRight(kindWidth)).Append("  ");
            if (ChangeText.IsLong(change))
            {
                text.Append(change.Field).Append('\n');
                text.Append("    - ").Append(ChangeText.Value(change.Old)).Append('\n');
                text.Append("    + ").Append(ChangeText.Value(change.New)).Append('\n');
            }
            else
            {
                text.Append(ChangeText.Detail(change)).Append('\n');
            }
        }

        if (!report.Packs.IsEmpty)
        {
            text.Append('\n').Append(RescoreTable.Text(report));
        }

        return text.ToString();
    }

    /// <summary>'client-protection 1.0.0 → client-protection 2.0.0: 17 changes (1 ruleset, 9 indicator, …)'.</summary>
    public static string Heading(RulesetDiff diff)
    {
        var sides = $"{diff.Old.Id} {diff.Old.Version} → {diff.New.Id} {diff.New.Version}";
        if (diff.IsEmpty)
        {
            return $"{sides}: no changes";
        }

        var counts = string.Join(", ", diff.CountsBySubject().Select(c => $"{c.Count} {ChangeText.Subject(c.Subject)}"));
        return $"{sides}: {diff.Changes.Length} change{(diff.Changes.Length == 1 ? "" : "s")} ({counts})";
    }
}
