using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>The full trace of one indicator: each clause of its rule that was evaluated, with its value, and the status they give.</summary>
public sealed record IndicatorTrace(IndicatorStatus Status, ImmutableArray<ClauseTrace> Clauses);

/// <summary>A clause of a rule ("applies", "let share", "met", "partial", "level 2") with its evaluated expression.</summary>
public sealed record ClauseTrace(string Clause, TraceNode Value);
