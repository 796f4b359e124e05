using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;

namespace SpmAudit.Engine.Analysis;

/// <summary>
/// Turns the gaps of an audit into an action plan: critical indicators first, then by the gain in
/// overall score (largest first), then by id. A function (finance, HR…) keeps the rows whose evidence
/// that function answers for, so each department sees its own list.
/// </summary>
public static class ActionPlanner
{
    /// <summary>Longest rule text shown; a long rule ends in '…' and the guidance says the rest.</summary>
    private const int RuleLength = 240;

    public static ActionPlan Plan(AuditResult result, string? function = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var gains = result.Gaps?.Gaps.ToDictionary(g => g.Indicator.Id, g => g.Gain, StringComparer.Ordinal) ?? [];
        var items = result.Indicators
            .Where(i => i.Status is IndicatorStatus.NotMet or IndicatorStatus.Partial or IndicatorStatus.InsufficientEvidence)
            .Select(i => new ActionItem(
                i.Node,
                i.Status,
                i.Rule.Critical,
                gains.GetValueOrDefault(i.Node.Id),
                ToMeet(i.Rule),
                [.. i.Evidence.Select(e => e.Entry?.Function).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
                [.. i.Evidence.Where(e => e.IsMissing).Select(e => e.Item.Key).Distinct(StringComparer.Ordinal)]) { Note = i.Note })
            .Where(a => function is null || a.Functions.Contains(function, StringComparer.OrdinalIgnoreCase))
            .OrderByDescending(a => a.Critical)
            .ThenByDescending(a => Math.Round(a.Gain, 9))
            .ThenBy(a => a.Indicator.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ActionPlan(items, function);
    }

    /// <summary>The indicator's guidance, then its 'met' rule as written.</summary>
    private static string ToMeet(IndicatorRule rule)
    {
        var condition = $"Met when {BoundExpressionPrinter.Print(rule.Met, RuleLength)}.";
        return rule.Guidance is { } guidance ? $"{guidance} ({condition})" : condition;
    }
}
