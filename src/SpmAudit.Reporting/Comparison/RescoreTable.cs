using System.Text;
using SpmAudit.Engine.Comparison;

namespace SpmAudit.Reporting.Comparison;

/// <summary>Each pack's score and grade before and after, with the indicators that moved the score most, as text or Markdown.</summary>
internal static class RescoreTable
{
    private static readonly string[] Headers = ["pack", "institution", "score before", "after", "change", "grade before", "after"];

    public static string Text(DiffReport report)
    {
        var rows = report.Packs.Select(Cells).ToList();
        var widths = Headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.Append($"Re-scored under both editions ({report.Packs.Length} pack{(report.Packs.Length == 1 ? "" : "s")}):\n\n");
        text.Append(Line(Headers, widths));
        foreach (var (pack, cells) in report.Packs.Zip(rows))
        {
            text.Append(Line(cells, widths));
            foreach (var shift in pack.Shifts.Take(DiffReport.ShiftsShown))
            {
                text.Append("    ").Append(ChangeText.Shift(shift)).Append('\n');
            }

            foreach (var line in Rest(pack))
            {
                text.Append("    ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Markdown(DiffReport report)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", Headers.Append("indicators that moved the score most")).Append(" |\n");
        text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", Headers.Length + 1))).Append('\n');
        foreach (var pack in report.Packs)
        {
            var shifts = pack.Shifts.Take(DiffReport.ShiftsShown).Select(ChangeText.Shift).Concat(Rest(pack));
            text.Append("| ").AppendJoin(" | ", Cells(pack).Append(string.Join("; ", shifts)).Select(DiffMarkdownWriter.Cell)).Append(" |\n");
        }

        return text.ToString();
    }

    private static string[] Cells(PackRescore pack)
    {
        var (before, after) = (pack.Before.Result, pack.After.Result);
        return
        [
            Path.GetFileName(pack.DisplayPath),
            pack.Institution,
            ChangeText.Score(before, !pack.Before.Success),
            ChangeText.Score(after, !pack.After.Success),
            ChangeText.Signed(pack.ScoreChange),
            ChangeText.Grade(before, !pack.Before.Success),
            ChangeText.Grade(after, !pack.After.Success),
        ];
    }

    /// <summary>'and 3 more', and the part of the change that weights and shares made, when it shows at two decimals.</summary>
    private static IEnumerable<string> Rest(PackRescore pack)
    {
        if (pack.Shifts.Length > DiffReport.ShiftsShown)
        {
            yield return $"and {pack.Shifts.Length - DiffReport.ShiftsShown} more";
        }

        if (pack.Reweighting is { } rest && ChangeText.Number(rest) is not ("0" or "-0"))
        {
            yield return $"weights and shares of unchanged indicators {ChangeText.Signed(rest)}";
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))) + "\n";
}
