using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Outcomes;

/// <summary>
/// Evaluates a ruleset's outcome rules over a scored result. Conditions read node statuses, scores
/// and coverage; not-applicable nodes never block an 'every' or 'all' rule. Each failed condition
/// is recorded as a shortfall, so a refusal names what is missing.
/// </summary>
internal sealed class OutcomeEvaluator
{
    private readonly Dictionary<string, NodeResult> _nodes = new(StringComparer.Ordinal);
    private readonly double? _score;
    private readonly double? _coverage;
    private readonly Dictionary<string, IndicatorResult> _failing = new(StringComparer.Ordinal);

    public OutcomeEvaluator(IEnumerable<NodeResult> roots, double? score, double? coverage)
    {
        _score = score;
        _coverage = coverage;
        foreach (var root in roots)
        {
            Index(root);
        }
    }

    public CertificationResult Decide(Certification certification, DateOnly? assessed, string assessment)
    {
        if (!certification.RequiredAssessments.IsEmpty && !certification.RequiredAssessments.Contains(assessment))
        {
            // Decided on the assessment type before any result: a self-assessment earns no certificate, however good.
            var needed = string.Join(" or ", certification.RequiredAssessments);
            return new CertificationResult(certification, false, null, null, null, [$"not certifiable: {assessment} (this certification is decided on an {needed})"]) { Certifiable = false };
        }

        var shortfalls = new List<string>();
        _failing.Clear();
        var passed = certification.Pass is null || Holds(certification.Pass, shortfalls);
        string? tier = null;
        if (passed)
        {
            tier = certification.Tiers.FirstOrDefault(t => Holds(t.Condition, []))?.Name;
            passed = certification.Pass is not null || tier is not null;
            if (!passed)
            {
                shortfalls.Add("no tier's condition holds");
            }
        }

        DateOnly? until = passed && assessed is { } date && certification.ValidYears is { } years ? date.AddYears(years) : null;
        return new CertificationResult(certification, passed, tier, passed ? assessed : null, until, [.. shortfalls])
        {
            FailingIndicators = passed ? [] : [.. _failing.Values.OrderBy(i => i.Node.IndicatorOrdinal)],
        };
    }

    private bool Holds(OutcomeCondition condition, List<string> shortfalls)
    {
        switch (condition)
        {
            case OutcomeLogic { Operator: "and" } and:
                var left = Holds(and.Operands[0], shortfalls);
                var right = Holds(and.Operands[1], shortfalls);
                return left && right;
            case OutcomeLogic { Operator: "or" } or:
                var tried = new List<string>();
                var any = Holds(or.Operands[0], tried) | Holds(or.Operands[1], tried);
                if (!any)
                {
                    shortfalls.Add($"none of: {string.Join("; ", tried)}");
                }

                return any;
            case OutcomeLogic not:
                var inner = Holds(not.Operands[0], []);
                if (inner)
                {
                    shortfalls.Add($"{not.Text} does not hold");
                }

                return !inner;
            case EveryOutcome every:
                var failing = Scope(every.Scope).Where(n => n.Node.Level == every.Level && n.Status != IndicatorStatus.NotApplicable && !Test(n.Status, every.Status, every.Negated)).ToList();
                shortfalls.AddRange(failing.Select(n => $"{n.Node.Level} {n.Node.Id} is {IndicatorStatuses.Words(n.Status)}"));
                NoteFailing(failing);
                return failing.Count == 0;
            case SetOutcome set:
                var nodes = set.Ids.Select(id => _nodes[id]).Where(n => n.Status != IndicatorStatus.NotApplicable).ToList();
                var matching = nodes.Count(n => Test(n.Status, set.Status, set.Negated));
                var holds = set.All ? matching == nodes.Count : matching > 0;
                if (!holds)
                {
                    shortfalls.AddRange(set.All
                        ? nodes.Where(n => !Test(n.Status, set.Status, set.Negated)).Select(n => $"{n.Node.Id} is {IndicatorStatuses.Words(n.Status)}")
                        : [$"{set.Text} does not hold"]);
                    NoteFailing(nodes.Where(n => !Test(n.Status, set.Status, set.Negated)));
                }

                return holds;
            case ThresholdOutcome threshold:
                // A node (or result) without a score (nothing applies) meets no threshold.
                var measured = threshold.NodeId is { } id
                    ? threshold.IsCoverage ? _nodes[id].Coverage : _nodes[id].Score
                    : threshold.IsCoverage ? _coverage : _score;
                var value = measured ?? 0;
                var tolerance = GradeScale.ScoreTolerance * (threshold.IsCoverage ? 0.01 : 1);
                var ok = measured is not null && threshold.Operator switch
                {
                    ">=" => value >= threshold.Value - tolerance,
                    ">" => value > threshold.Value + tolerance,
                    "<=" => value <= threshold.Value + tolerance,
                    _ => value < threshold.Value - tolerance,
                };
                if (!ok)
                {
                    shortfalls.Add(measured is null
                        ? $"{threshold.Text} does not hold (nothing there applies, so there is no {(threshold.IsCoverage ? "coverage" : "score")})"
                        : $"{threshold.Text} does not hold ({(threshold.IsCoverage ? "coverage" : "score")} is {Math.Round(threshold.IsCoverage ? value * 100 : value, 2)}{(threshold.IsCoverage ? "%" : "")})");
                }

                return ok;
            default:
                throw new InvalidOperationException($"Unknown outcome {condition.GetType().Name}.");
        }
    }

    /// <summary>The indicators not fully met under nodes that failed a condition, for a refusal to name with their reasons.</summary>
    private void NoteFailing(IEnumerable<NodeResult> nodes)
    {
        foreach (var node in nodes)
        {
            foreach (var indicator in (IEnumerable<NodeResult>)[node, .. Descendants(node)])
            {
                if (indicator.Indicator is { Status: not (IndicatorStatus.Met or IndicatorStatus.NotApplicable) } result)
                {
                    _failing.TryAdd(result.Node.Id, result);
                }
            }
        }
    }

    private IEnumerable<NodeResult> Scope(string? id) => id is null ? _nodes.Values : Descendants(_nodes[id]);

    private static IEnumerable<NodeResult> Descendants(NodeResult node) => node.Children.SelectMany(c => (IEnumerable<NodeResult>)[c, .. Descendants(c)]);

    private void Index(NodeResult node)
    {
        _nodes[node.Node.Id] = node;
        foreach (var child in node.Children)
        {
            Index(child);
        }
    }

    private static bool Test(IndicatorStatus actual, IndicatorStatus wanted, bool negated) => negated != (actual == wanted);
}
