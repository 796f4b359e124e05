using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;

namespace SpmAudit.Engine.Explanation;

/// <summary>The full trace of one indicator: each clause of its rule, evaluated, and the status they give.</summary>
public sealed record IndicatorTrace(IndicatorStatus Status, ImmutableArray<ClauseTrace> Clauses);

/// <summary>A clause of a rule ("applies", "let share", "met", "partial") with its evaluated expression.</summary>
public sealed record ClauseTrace(string Clause, TraceNode Value);
