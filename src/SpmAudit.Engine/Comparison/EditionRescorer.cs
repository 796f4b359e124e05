using System.Collections.Immutable;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;
using SpmAudit.Engine.Scoring;

namespace SpmAudit.Engine.Comparison;

/// <summary>
/// Audits evidence packs under two editions of a ruleset with the audit every command runs
/// (<see cref="Auditor"/>, without traces, as a batch does) and finds the indicators that explain
/// each change of score: those whose status or points differ, ranked by their part of the difference.
/// </summary>
public sealed class EditionRescorer(CompiledRuleset old, CompiledRuleset @new, string? displayBase = null)
{
    /// <summary>Points closer than this are equal: the same share of a scale computed two ways.</summary>
    private const double Tolerance = 1e-9;

    public PackRescore Rescore(string packPath)
    {
        var display = Language.Diagnostics.DisplayPath.Of(packPath, displayBase ?? Environment.CurrentDirectory);

        // The rulesets' own diagnostics were printed once when they compiled; a pack's outcome carries only its own.
        var before = Auditor.Audit(old, packPath, [], displayBase, explain: false);
        var after = Auditor.Audit(@new, packPath, [], displayBase, explain: false);
        var shifts = before.Result is { } b && after.Result is { } a ? Shifts(b, a) : [];
        return new PackRescore(display, before, after, shifts);
    }

    /// <summary>
    /// The indicators of either edition whose status or points differ (one that only one edition
    /// has counts as changed), largest part of the score difference first, then by id. Indicators
    /// whose result stayed the same can still move the score through weights and shares; that part
    /// is the pack's <see cref="PackRescore.Reweighting"/>.
    /// </summary>
    public static ImmutableArray<IndicatorShift> Shifts(AuditResult before, AuditResult after)
    {
        var was = Contributions(before);
        var now = Contributions(after);
        var shifts = new List<IndicatorShift>();
        foreach (var id in now.Keys.Concat(was.Keys.Where(k => !now.ContainsKey(k))))
        {
            var (oldResult, oldContribution) = was.GetValueOrDefault(id);
            var (newResult, newContribution) = now.GetValueOrDefault(id);
            if (oldResult?.Status != newResult?.Status || !SamePoints(oldResult?.Points, newResult?.Points))
            {
                shifts.Add(new IndicatorShift(id, (newResult ?? oldResult)!.Node.Title, oldResult?.Status, newResult?.Status, oldContribution, newContribution));
            }
        }

        return [.. shifts
            .OrderByDescending(s => Math.Round(Math.Abs(s.Change), 9))
            .ThenBy(s => s.Id, Comparer<string>.Create(Language.Comparison.ChangeOrder.CompareIds))];
    }

    private static bool SamePoints(double? before, double? after) =>
        before is null ? after is null : after is not null && Math.Abs(before.Value - after.Value) <= Tolerance;

    private static Dictionary<string, (IndicatorResult? Result, double Contribution)> Contributions(AuditResult result)
    {
        var shares = ScoreShares.Of(result.Nodes);
        return result.Indicators.ToDictionary(
            i => i.Node.Id,
            i => ((IndicatorResult?)i, (i.Points ?? 0) * 100 * shares.GetValueOrDefault(i.Node.Id)),
            StringComparer.Ordinal);
    }
}
