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
    public IndicatorTrace Trace(IndicatorStatus status, TraceValues values) =>
        new(status, [.. Clauses.Where(c => values.Evaluated[c.Expression.Slot]).Select(c => new ClauseTrace(c.Clause, new TraceNode(c.Expression, values)))]);
}

public sealed record ClauseShape(string Clause, TraceShape Expression);
