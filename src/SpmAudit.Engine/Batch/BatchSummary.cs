using System.Globalization;
using System.Text;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Batch;

/// <summary>Running totals of a batch: how many passed or failed, the grade distribution and mean scores by top-level node.</summary>
public sealed class BatchSummary(Ruleset ruleset)
{
    private readonly Dictionary<string, int> _grades = ruleset.Grades.Bands.ToDictionary(b => b.Grade, _ => 0, StringComparer.Ordinal);
    private readonly Dictionary<string, (double Sum, int Count)> _nodes = ruleset.Nodes.ToDictionary(n => n.Id, _ => (0.0, 0), StringComparer.Ordinal);
    private double _scoreSum;

    public int Audited { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Audited packs without a score: nothing in the ruleset applies to them (or nothing has evidence under 'exclude').</summary>
    public int Ungraded { get; private set; }

    /// <summary>Packs that met a bug in SpmAudit (counted in <see cref="Failed"/> too).</summary>
    public int InternalErrors { get; private set; }

    /// <summary>Set when the run was stopped before every pack was audited: how many there were in all.</summary>
    public int? InterruptedOf { get; set; }

    public void Add(BatchItem item)
    {
        if (item.Result is not { } result)
        {
            Failed++;
            InternalErrors += item.InternalError is null ? 0 : 1;
            return;
        }

        Audited++;
        if (result.Score is not { } score || result.Grade is not { } grade)
        {
            Ungraded++;
            return;
        }

        _scoreSum += score;
        _grades[grade.Grade]++;
        foreach (var node in result.Nodes.Where(n => n.Score is not null))
        {
            var (sum, count) = _nodes[node.Node.Id];
            _nodes[node.Node.Id] = (sum + node.Score!.Value, count + 1);
        }
    }

    public string Describe()
    {
        var text = new StringBuilder();
        var graded = Audited - Ungraded;
        var mean = graded == 0 ? "n/a" : (_scoreSum / graded).ToString("0.##", CultureInfo.InvariantCulture);
        if (InterruptedOf is { } total)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Interrupted: {Audited + Failed} of {total} packs done; the figures below cover those only.");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{Audited} audited, {Failed} failed{(Ungraded > 0 ? $", {Ungraded} without a score (nothing applies)" : "")}; mean score {mean}");
        if (InternalErrors > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{InternalErrors} of the failures are internal errors of SpmAudit, not of the packs: please report them.");
        }
        text.AppendLine("Grades:");
        foreach (var band in ruleset.Grades.Bands)
        {
            var count = _grades[band.Grade];
            var share = graded == 0 ? 0 : 100.0 * count / graded;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {band.Grade,-8} {count,7}  {share,5:0.#}%  {new string('#', (int)Math.Round(share / 2))}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Mean score by {ruleset.Levels[0]}:");
        foreach (var node in ruleset.Nodes)
        {
            var (sum, count) = _nodes[node.Id];
            text.AppendLine(CultureInfo.InvariantCulture, $"  {node.Id,-6} {(count == 0 ? "n/a" : (sum / count).ToString("0.##", CultureInfo.InvariantCulture)),7}  {node.Title}");
        }

        return text.ToString();
    }
}
