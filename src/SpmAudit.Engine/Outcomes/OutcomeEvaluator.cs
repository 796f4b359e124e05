using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Outcomes;

/// <summary>
/// Evaluates a ruleset's outcome rules over a scored result. Conditions read node statuses, scores
/// and coverage; not-applicable nodes never block an 'every' or 'all' rule. Each failed condition
/// is recorded as a shortfall, so a refusal names what is missing. Caps are outcome rules too: a
/// holding condition names the indicators that make it hold (<see cref="Witnesses"/>).
/// </summary>
internal sealed class OutcomeEvaluator
{
    /// <summary>Every node by id, built on the first lookup: many rulesets' caps never name a node.</summary>
    private Dictionary<string, NodeResult>? _byId;
    private readonly double? _score;
    private readonly double? _coverage;
    private readonly Dictionary<string, IndicatorResult> _failing = new(StringComparer.Ordinal);

    private readonly ImmutableArray<NodeResult> _roots;

    public OutcomeEvaluator(IEnumerable<NodeResult> roots, double? score, double? coverage)
    {
        _score = score;
        _coverage = coverage;
        _roots = [.. roots];
    }

    private Dictionary<string, NodeResult> Nodes
    {
        get
        {
            if (_byId is null)
            {
                _byId = new Dictionary<string, NodeResult>(StringComparer.Ordinal);
                foreach (var root in _roots)
                {
                    Index(_byId, root);
                }
            }

            return _byId;
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
                var nodes = set.Ids.Select(id => Nodes[id]).Where(n => n.Status != IndicatorStatus.NotApplicable).ToList();
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
            case CriticalOutcome critical:
                var found = Criticals(critical).ToList();
                if (found.Count == 0)
                {
                    shortfalls.Add($"{critical.Text} does not hold");
                }

                return found.Count > 0;
            case ThresholdOutcome threshold:
                // A node (or result) without a score (nothing applies) meets no threshold.
                var measured = threshold.NodeId is { } id
                    ? threshold.IsCoverage ? Nodes[id].Coverage : Nodes[id].Score
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

    /// <summary>
    /// Null when the condition does not hold; else the indicators that make it hold, in ruleset
    /// order: the critical indicators with the status, or the indicators not fully met under the
    /// nodes (or the result) the condition reads.
    /// </summary>
    public ImmutableArray<string>? Witnesses(OutcomeCondition condition)
    {
        _failing.Clear();
        if (!Holds(condition, []))
        {
            return null;
        }

        _failing.Clear();
        NoteWitnesses(condition);
        return [.. _failing.Values.OrderBy(i => i.Node.IndicatorOrdinal).Select(i => i.Node.Id)];
    }

    private void NoteWitnesses(OutcomeCondition condition)
    {
        switch (condition)
        {
            case OutcomeLogic { Operator: "not" } not:
                // What makes 'not X' hold is what makes X fail: the failing indicators Holds notes.
                Holds(not.Operands[0], []);
                break;
            case OutcomeLogic logic:
                // Deciding which parts hold notes the failing parts of each; those are no witnesses.
                var witnesses = new Dictionary<string, IndicatorResult>(_failing, StringComparer.Ordinal);
                var holding = logic.Operands.Where(o => Holds(o, [])).ToList();
                _failing.Clear();
                foreach (var (id, result) in witnesses)
                {
                    _failing.TryAdd(id, result);
                }

                foreach (var operand in holding)
                {
                    NoteWitnesses(operand);
                }

                break;
            case CriticalOutcome critical:
                foreach (var indicator in Criticals(critical))
                {
                    _failing.TryAdd(indicator.Node.Id, indicator);
                }

                break;
            case EveryOutcome every:
                NoteFailing(Scope(every.Scope).Where(n => n.Node.Level == every.Level && Test(n.Status, every.Status, every.Negated)));
                break;
            case SetOutcome set:
                NoteFailing(set.Ids.Select(id => Nodes[id]).Where(n => Test(n.Status, set.Status, set.Negated)));
                break;
            case ThresholdOutcome { NodeId: { } id }:
                NoteFailing([Nodes[id]]);
                break;
            case ThresholdOutcome:
                NoteFailing(_roots);
                break;
        }
    }

    /// <summary>The applicable critical indicators (below the scope, if any) whose status passes the test.</summary>
    private IEnumerable<IndicatorResult> Criticals(CriticalOutcome critical) =>
        Scope(critical.Scope)
            .Select(n => n.Indicator)
            .OfType<IndicatorResult>()
            .Where(i => i.Rule.Critical && i.Status != IndicatorStatus.NotApplicable && Test(i.Status, critical.Status, critical.Negated));

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

    private IEnumerable<NodeResult> Scope(string? id) => id is null ? Nodes.Values : Descendants(Nodes[id]);

    private static IEnumerable<NodeResult> Descendants(NodeResult node) => node.Children.SelectMany(c => (IEnumerable<NodeResult>)[c, .. Descendants(c)]);

    private static void Index(Dictionary<string, NodeResult> byId, NodeResult node)
    {
        byId[node.Node.Id] = node;
        foreach (var child in node.Children)
        {
            Index(byId, child);
        }
    }

    private static bool Test(IndicatorStatus actual, IndicatorStatus wanted, bool negated) => negated != (actual == wanted);
}
