using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// A ruleset with every indicator compiled to IL, ready to evaluate any number of packs: the
/// fast variant writes statuses only; the traced variant (compiled on first use from the same
/// emitter) also records every sub-expression's value for explanations. Immutable and
/// thread-safe: batch audits share one instance across threads.
/// </summary>
public sealed class CompiledRuleset
{
    /// <summary>Rule nodes per generated method: small enough for the JIT to optimize each method fully.</summary>
    private const int GroupBudget = 400;

    /// <summary>Indicators per generated method at most.</summary>
    private const int GroupSize = 16;

    private readonly (int Index, IndicatorRule Rule)[][] _groups;
    private readonly RuleEmitter.Group[] _fast;
    private readonly Lazy<TracePlan> _plan;
    private readonly Lazy<RuleEmitter.TracedGroup[]> _traced;

    private CompiledRuleset(Ruleset ruleset)
    {
        Ruleset = ruleset;
        _groups = Groups(ruleset);
        // C# functions run only for a ruleset the trust check passed (ScriptStage.Load refuses otherwise).
        var scripts = ruleset.HasCSharpFunctions ? new ScriptContext(Language.Scripting.ScriptStage.Load(ruleset), ruleset) : null;
        _fast = [.. _groups.Select(g => RuleEmitter.CompileGroup(g, scripts))];
        _plan = new Lazy<TracePlan>(() => new TracePlan(ruleset));
        _traced = new Lazy<RuleEmitter.TracedGroup[]>(() =>
            RuleEmitter.CompileTracedGroups(_groups, index => _plan.Value.Rules[index], scripts));
    }

    public Ruleset Ruleset { get; }

    public int IndicatorCount => Ruleset.Indicators.Length;

    /// <summary>The trace shape of each indicator's rule, by indicator ordinal.</summary>
    public ImmutableArray<RuleShape> Shapes => _plan.Value.Rules;

    public static CompiledRuleset Create(Ruleset ruleset) => new(ruleset);

    /// <summary>
    /// Every indicator's status, in indicator order, and for ordinal rules the 1-based position of
    /// the lower level reached (0 otherwise): the hot path for batch audits and what-if analyses.
    /// </summary>
    public void Evaluate(EvidenceFrame frame, IndicatorStatus[] statuses, byte[] levels)
    {
        foreach (var group in _fast)
        {
            group(frame, statuses, levels);
        }
    }

    /// <summary>The same statuses and levels, with the value of every traced sub-expression recorded.</summary>
    public TraceValues EvaluateTraced(EvidenceFrame frame, IndicatorStatus[] statuses, byte[] levels)
    {
        var values = new TraceValues(_plan.Value.Slots);
        foreach (var group in _traced.Value)
        {
            group(frame, statuses, levels, values);
        }

        return values;
    }

    private static (int Index, IndicatorRule Rule)[][] Groups(Ruleset ruleset)
    {
        var groups = new List<(int, IndicatorRule)[]>();
        var current = new List<(int, IndicatorRule)>();
        var size = 0;
        foreach (var indicator in ruleset.Indicators)
        {
            var rule = indicator.Rule!;
            var nodes = Size(rule);
            if (current.Count > 0 && (current.Count == GroupSize || size + nodes > GroupBudget))
            {
                groups.Add([.. current]);
                current.Clear();
                size = 0;
            }

            current.Add((indicator.IndicatorOrdinal, rule));
            size += nodes;
        }

        if (current.Count > 0)
        {
            groups.Add([.. current]);
        }

        return [.. groups];
    }

    private static int Size(IndicatorRule rule) =>
        new[] { rule.Applies, rule.Met }.Concat(rule.FallbackConditions).Concat(rule.Lets.Select(l => l.Value)).Sum(e => e is null ? 0 : Size(e));

    private static int Size(BoundExpression expression) => expression switch
    {
        BoundCall { Function: Language.Functions.InlinedFunction inlined } call => 1 + call.Arguments.Sum(Size) + Size(inlined.Body),
        BoundCall { Function: Language.Functions.AggregateFunction } call => 1 + call.Arguments.Sum(a => a is BoundLambda l ? Size(l.Body) : Size(a)),
        _ => 1 + TracePlan.TracedChildren(expression).Sum(Size),
    };
}
