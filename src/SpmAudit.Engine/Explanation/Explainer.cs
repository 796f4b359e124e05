using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;

namespace SpmAudit.Engine.Explanation;

/// <summary>
/// Re-evaluates one indicator by walking its bound rule, recording every sub-expression's value.
/// Used only to explain a result (never in the hot path); tests check it agrees with the compiled
/// rules on every shipped example.
/// </summary>
public sealed partial class Explainer(EvidencePack pack)
{
    private readonly Dictionary<BoundLet, object?> _lets = [];
    private readonly Dictionary<BoundRecordVariable, object?[]> _records = [];

    public IndicatorTrace Explain(IndicatorRule rule)
    {
        var clauses = ImmutableArray.CreateBuilder<ClauseTrace>();
        if (rule.Applies is not null)
        {
            var applies = Evaluate(rule.Applies);
            clauses.Add(new ClauseTrace("applies", applies));
            if (applies.AsBoolean is not true)
            {
                var status = applies.IsMissing ? IndicatorStatus.InsufficientEvidence : IndicatorStatus.NotApplicable;
                return new IndicatorTrace(status, clauses.ToImmutable());
            }
        }

        foreach (var let in rule.Lets)
        {
            var value = Evaluate(let.Value);
            _lets[let] = value.Value;
            clauses.Add(new ClauseTrace($"let {let.Name}", value));
        }

        var met = Evaluate(rule.Met);
        clauses.Add(new ClauseTrace(rule.TopLevel is { } top ? $"level {top}" : "met", met));
        if (met.AsBoolean is not false)
        {
            var status = met.AsBoolean is true ? IndicatorStatus.Met : IndicatorStatus.InsufficientEvidence;
            return new IndicatorTrace(status, clauses.ToImmutable());
        }

        var fallbacks = rule.FallbackConditions;
        for (var i = 0; i < fallbacks.Length; i++)
        {
            var fallback = Evaluate(fallbacks[i]);
            clauses.Add(new ClauseTrace(rule.IsOrdinal ? $"level {rule.LowerLevels[i].Level}" : "partial", fallback));
            if (fallback.AsBoolean is not false)
            {
                var status = fallback.AsBoolean is true ? IndicatorStatus.Partial : IndicatorStatus.InsufficientEvidence;
                return new IndicatorTrace(status, clauses.ToImmutable());
            }
        }

        return new IndicatorTrace(IndicatorStatus.NotMet, clauses.ToImmutable());
    }

    private TraceNode Evaluate(BoundExpression expression)
    {
        var text = BoundExpressionPrinter.Print(expression);
        switch (expression)
        {
            case BoundConstant c:
                return Leaf(text, c.Type, c.Value) with { IsLiteral = true };
            case BoundParameter p:
                return Leaf(text, p.Type, p.Parameter.Value);
            case BoundEvidence e:
                return new TraceNode(text, e.Type, pack.Find(e.Item.Key)?.Value, [], e.Item);
            case BoundLetReference l:
                return Leaf(text, l.Type, _lets.GetValueOrDefault(l.Let));
            case BoundField f:
                var record = _records[(BoundRecordVariable)f.Record];
                return Leaf(text, f.Type, record[f.FieldIndex]);
            case BoundUnary u:
                var operand = Evaluate(u.Operand);
                object? unary = operand.Value switch
                {
                    null => null,
                    bool b => !b,
                    double d => -d,
                    _ => null,
                };
                return new TraceNode(text, u.Type, unary, [operand]);
            case BoundBinary b:
                return EvaluateBinary(text, b);
            case BoundIn i:
                return EvaluateIn(text, i);
            case BoundConditional c:
                var condition = Evaluate(c.Condition);
                if (condition.AsBoolean is not { } chosen)
                {
                    return new TraceNode(text, c.Type, null, [condition]);
                }

                var branch = Evaluate(chosen ? c.Then : c.Else);
                return new TraceNode(text, c.Type, branch.Value, [condition, branch]);
            case BoundCall call:
                return EvaluateCall(text, call);
            default:
                throw new InvalidOperationException($"Cannot explain {expression.GetType().Name}.");
        }
    }

    private static TraceNode Leaf(string text, DataType type, object? value) => new(text, type, value, []);
}
