using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>
/// The clauses of one indicator's rule as a trace shows them ('applies', 'let x', 'met' or
/// 'level 3', 'partial' or 'level 2', …), each with the shape of its expression.
/// </summary>
public sealed record RuleShape(ImmutableArray<ClauseShape> Clauses)
{
    /// <summary>The trace of one evaluation: the clauses that were evaluated, up to the one that decided the status.</summary>
    public IndicatorTrace Trace(IndicatorStatus status, TraceValues values)
    {
        var clauses = ImmutableArray.CreateBuilder<ClauseTrace>(Clauses.Length);
        foreach (var clause in Clauses)
        {
            if (values.Evaluated[clause.Expression.Slot])
            {
                clauses.Add(new ClauseTrace(clause.Clause, new TraceNode(clause.Expression, values)));
            }
        }

        return new IndicatorTrace(status, clauses.DrainToImmutable());
    }
}

public sealed record ClauseShape(string Clause, TraceShape Expression);
