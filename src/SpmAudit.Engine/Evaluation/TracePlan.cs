using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// Numbers every traced sub-expression of every rule with a slot of <see cref="TraceValues"/>,
/// and gives each indicator its <see cref="RuleShape"/>. Children are listed in the order the
/// compiled code evaluates them; <see cref="RuleEmitter"/> walks the same shapes.
/// </summary>
internal sealed class TracePlan
{
    private int _slots;

    public TracePlan(Ruleset ruleset)
    {
        Rules = [.. ruleset.Indicators.Select(i => Plan(i.Rule!))];
        Slots = _slots;
    }

    public ImmutableArray<RuleShape> Rules { get; }

    public int Slots { get; }

    private RuleShape Plan(IndicatorRule rule)
    {
        var clauses = ImmutableArray.CreateBuilder<ClauseShape>();
        if (rule.Applies is not null)
        {
            clauses.Add(new ClauseShape("applies", Shape(rule.Applies)));
        }

        foreach (var let in rule.Lets)
        {
            clauses.Add(new ClauseShape($"let {let.Name}", Shape(let.Value)));
        }

        clauses.Add(new ClauseShape(rule.TopLevel is { } top ? $"level {Level(top)}" : "met", Shape(rule.Met)));
        if (rule.IsOrdinal)
        {
            clauses.AddRange(rule.LowerLevels.Select(l => new ClauseShape($"level {Level(l.Level)}", Shape(l.Condition))));
        }
        else if (rule.Partial is not null)
        {
            clauses.Add(new ClauseShape("partial", Shape(rule.Partial)));
        }

        return new RuleShape(clauses.ToImmutable());
    }

    private static string Level(double level) => level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Slots in pre-order: a node before its children.</summary>
    private TraceShape Shape(BoundExpression expression)
    {
        var slot = _slots++;
        return new TraceShape(slot, expression, [.. TracedChildren(expression).Select(Shape)]);
    }

    /// <summary>The operands whose values a trace shows; a list function's lambda runs per record and is not traced.</summary>
    public static IEnumerable<BoundExpression> TracedChildren(BoundExpression expression) => expression switch
    {
        BoundUnary u => [u.Operand],
        BoundBinary b => [b.Left, b.Right],
        BoundIn i => [i.Value, .. i.Items],
        BoundConditional c => [c.Condition, c.Then, c.Else],
        BoundCall { Function: AggregateFunction } call => [call.Arguments[0]],
        BoundCall call => call.Arguments,
        BoundSelect select => [select.List, .. select.Selections.Select(s => s.Value)],
        _ => [],
    };
}
