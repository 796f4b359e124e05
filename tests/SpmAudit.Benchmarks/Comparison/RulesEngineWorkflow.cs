using System.Globalization;
using RulesEngine.Models;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Model;
using static SpmAudit.Benchmarks.Comparison.DynamicLinqTranslator;

namespace SpmAudit.Benchmarks.Comparison;

/// <summary>
/// A ruleset translated to a Microsoft RulesEngine workflow. One rule per indicator, "OrElse" over
/// child rules, one per status it can decide (not applicable, met, partial, not met), each a lambda
/// expression over the evidence frame. With NestedRuleExecutionMode.Performance RulesEngine stops
/// at the first child that holds; when none holds, the evidence does not decide the rule
/// (insufficient evidence). The children are mutually exclusive, so their order changes nothing
/// but the work done; the common cases come first.
/// </summary>
internal sealed class RulesEngineWorkflow
{
    public const string WorkflowName = "synthetic";

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineWorkflow(Ruleset ruleset)
    {
        var workflow = new Workflow { WorkflowName = WorkflowName, Rules = [.. ruleset.Indicators.Select(Translate)] };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings { NestedRuleExecutionMode = NestedRuleExecutionMode.Performance });
    }

    /// <summary>Runs every rule on the frame (typed input: RulesEngine compiles member access, no dictionary lookups) and reads back the statuses.</summary>
    public async Task Evaluate(EvidenceFrame frame, IndicatorStatus[] statuses)
    {
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, frame).ConfigureAwait(false);
        for (var i = 0; i < results.Count; i++)
        {
            statuses[i] = results[i].IsSuccess ? StatusOf(results[i].ChildResults.Last()) : IndicatorStatus.InsufficientEvidence;
        }
    }

    /// <summary>Rule names in result order, to check that results line up with indicators.</summary>
    public async Task<List<string>> RuleNames(EvidenceFrame frame) =>
        [.. (await _engine.ExecuteAllRulesAsync(WorkflowName, frame).ConfigureAwait(false)).Select(r => r.Rule.RuleName)];

    private static IndicatorStatus StatusOf(RuleResultTree child) => (IndicatorStatus)(child.Rule.SuccessEvent[0] - '0');

    private static Rule Translate(RuleNode indicator)
    {
        var rule = indicator.Rule!;
        var applies = rule.Applies is null ? null : IsTrue(rule.Applies);
        string When(params string?[] conditions) => string.Join(" && ", conditions.Where(c => c is not null));

        var children = new List<Rule>
        {
            Child(indicator, IndicatorStatus.Met, When(applies, IsTrue(rule.Met))),
            Child(indicator, IndicatorStatus.NotMet, When(applies, IsFalse(rule.Met), rule.Partial is null ? null : IsFalse(rule.Partial))),
        };
        if (rule.Partial is not null)
        {
            children.Insert(1, Child(indicator, IndicatorStatus.Partial, When(applies, IsFalse(rule.Met), IsTrue(rule.Partial))));
        }

        if (rule.Applies is not null)
        {
            children.Add(Child(indicator, IndicatorStatus.NotApplicable, IsFalse(rule.Applies)));
        }

        return new Rule { RuleName = indicator.Id, Operator = "OrElse", Rules = children };
    }

    private static Rule Child(RuleNode indicator, IndicatorStatus status, string expression) => new()
    {
        RuleName = $"{indicator.Id}:{status}",
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
        SuccessEvent = ((int)status).ToString(CultureInfo.InvariantCulture),
    };
}
