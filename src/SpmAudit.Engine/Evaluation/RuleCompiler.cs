using System.Linq.Expressions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// Compiles indicator rules with System.Linq.Expressions. Missing values are nulls of nullable
/// types, so the lifted operators give the language's semantics: arithmetic and comparisons with a
/// missing value are missing, and and/or on bool? are three-valued. A whole ruleset becomes one
/// method that writes every indicator's status: one compilation and one JIT instead of one per
/// indicator, which is most of the start-up cost.
/// </summary>
internal sealed partial class RuleCompiler(ParameterExpression frame)
{
    private readonly LabelTarget _return = Expression.Label(typeof(IndicatorStatus), "status");
    private readonly ParameterExpression _frame = frame;
    private readonly Dictionary<BoundLet, ParameterExpression> _lets = [];
    private readonly Dictionary<BoundRecordVariable, ParameterExpression> _records = [];

    private RuleCompiler()
        : this(Expression.Parameter(typeof(EvidenceFrame), "frame"))
    {
    }

    /// <summary>Indicators per compiled method: few enough for full JIT optimization, many enough to amortize compilation.</summary>
    public const int GroupSize = 12;

    /// <summary>One delegate per group of rules: <c>(frame, statuses) => { statuses[k] = …; statuses[k + 1] = …; … }</c>.</summary>
    public static Action<EvidenceFrame, IndicatorStatus[]>[] CompileAll(IReadOnlyList<IndicatorRule> rules)
    {
        var groups = new Action<EvidenceFrame, IndicatorStatus[]>[(rules.Count + GroupSize - 1) / GroupSize];
        for (var g = 0; g < groups.Length; g++)
        {
            var frame = Expression.Parameter(typeof(EvidenceFrame), "frame");
            var statuses = Expression.Parameter(typeof(IndicatorStatus[]), "statuses");
            var body = Enumerable.Range(g * GroupSize, Math.Min(GroupSize, rules.Count - (g * GroupSize))).Select(i =>
                (Expression)Expression.Assign(Expression.ArrayAccess(statuses, Expression.Constant(i)), new RuleCompiler(frame).StatusBlock(rules[i])));
            groups[g] = Expression.Lambda<Action<EvidenceFrame, IndicatorStatus[]>>(Expression.Block(typeof(void), body.Append(Expression.Empty())), frame, statuses).Compile();
        }

        return groups;
    }

    private BlockExpression StatusBlock(IndicatorRule rule)
    {
        var statements = new List<Expression>();
        var variables = new List<ParameterExpression>();
        if (rule.Applies is not null)
        {
            var applies = Expression.Variable(typeof(bool?), "applies");
            variables.Add(applies);
            statements.Add(Expression.Assign(applies, Emit(rule.Applies)));
            statements.Add(ReturnWhen(applies, null, IndicatorStatus.InsufficientEvidence));
            statements.Add(ReturnWhen(applies, false, IndicatorStatus.NotApplicable));
        }

        foreach (var let in rule.Lets)
        {
            var variable = Expression.Variable(ClrType(let.Value.Type), let.Name);
            _lets[let] = variable;
            variables.Add(variable);
            statements.Add(Expression.Assign(variable, Emit(let.Value)));
        }

        var met = Expression.Variable(typeof(bool?), "met");
        variables.Add(met);
        statements.Add(Expression.Assign(met, Emit(rule.Met)));
        statements.Add(ReturnWhen(met, true, IndicatorStatus.Met));
        statements.Add(ReturnWhen(met, null, IndicatorStatus.InsufficientEvidence));
        foreach (var fallback in rule.FallbackConditions)
        {
            var partial = Expression.Variable(typeof(bool?), "partial");
            variables.Add(partial);
            statements.Add(Expression.Assign(partial, Emit(fallback)));
            statements.Add(ReturnWhen(partial, true, IndicatorStatus.Partial));
            statements.Add(ReturnWhen(partial, null, IndicatorStatus.InsufficientEvidence));
        }

        statements.Add(Expression.Label(_return, Expression.Constant(IndicatorStatus.NotMet)));
        return Expression.Block(typeof(IndicatorStatus), variables, statements);
    }

    private ConditionalExpression ReturnWhen(ParameterExpression value, bool? expected, IndicatorStatus status)
    {
        Expression test = expected is { } b
            ? Expression.AndAlso(Expression.Property(value, "HasValue"), Expression.Equal(Expression.Property(value, "Value"), Expression.Constant(b)))
            : Expression.Not(Expression.Property(value, "HasValue"));
        return Expression.IfThen(test, Expression.Return(_return, Expression.Constant(status)));
    }

    /// <summary>
    /// For an ordinal rule whose status is partial: the points of the first lower level that holds.
    /// Compiled separately so the status delegate stays the same for every rule.
    /// </summary>
    public static Func<EvidenceFrame, double> CompileLevelPoints(IndicatorRule rule) => new RuleCompiler().LevelPoints(rule).Compile();

    private Expression<Func<EvidenceFrame, double>> LevelPoints(IndicatorRule rule)
    {
        var variables = new List<ParameterExpression>();
        var statements = new List<Expression>();
        foreach (var let in rule.Lets)
        {
            var variable = Expression.Variable(ClrType(let.Value.Type), let.Name);
            _lets[let] = variable;
            variables.Add(variable);
            statements.Add(Expression.Assign(variable, Emit(let.Value)));
        }

        var result = Expression.Label(typeof(double), "points");
        foreach (var level in rule.LowerLevels)
        {
            var holds = Expression.Equal(Emit(level.Condition), Expression.Constant(true, typeof(bool?)));
            statements.Add(Expression.IfThen(holds, Expression.Return(result, Expression.Constant(level.Points))));
        }

        statements.Add(Expression.Label(result, Expression.Constant(0.0)));
        return Expression.Lambda<Func<EvidenceFrame, double>>(Expression.Block(variables, statements), _frame);
    }

    /// <summary>The CLR type that carries a language type at run time (nullable where it can be missing).</summary>
    internal static Type ClrType(DataType type) => type.Kind switch
    {
        TypeKind.Boolean => typeof(bool?),
        TypeKind.Text => typeof(string),
        TypeKind.RecordList => typeof(object?[][]),
        TypeKind.Record => typeof(object?[]),
        _ => typeof(double?),
    };
}
