using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // Counted first, so the array is allocated once at its size and handed over without a copy.
        var count = 0;
        foreach (var clause in Clauses)
        {
            count += values.Evaluated[clause.Expression.Slot] ? 1 : 0;
        }

        var clauses = new ClauseTrace[count];
        var next = 0;
        foreach (var clause in Clauses)
        {
            if (values.Evaluated[clause.Expression.Slot])
            {
                clauses[next++] = new ClauseTrace(clause.Clause, new TraceNode(clause.Expression, values));
            }
        }

        return new IndicatorTrace(status, ImmutableCollectionsMarshal.AsImmutableArray(clauses));
    }
}

public sealed record ClauseShape(string Clause, TraceShape Expression);
