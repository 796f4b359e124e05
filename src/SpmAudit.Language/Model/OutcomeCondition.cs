using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>A bound outcome rule: a condition over results. A closed hierarchy.</summary>
public abstract record OutcomeCondition(string Text);

public sealed record OutcomeLogic(string Text, string Operator, ImmutableArray<OutcomeCondition> Operands) : OutcomeCondition(Text);

/// <summary>Every applicable node of a level (below a scope node, if any) has the status (or not, when negated).</summary>
public sealed record EveryOutcome(string Text, string Level, string? Scope, IndicatorStatus Status, bool Negated) : OutcomeCondition(Text);

public sealed record SetOutcome(string Text, bool All, ImmutableArray<string> Ids, IndicatorStatus Status, bool Negated) : OutcomeCondition(Text);

/// <summary>Some applicable critical indicator (below a scope node, if any) has the status (or not, when negated).</summary>
public sealed record CriticalOutcome(string Text, string? Scope, IndicatorStatus Status, bool Negated) : OutcomeCondition(Text);

/// <summary>The score (0–100) or coverage (0–1) of the whole result or of one node, compared with a value.</summary>
public sealed record ThresholdOutcome(string Text, bool IsCoverage, string? NodeId, string Operator, double Value) : OutcomeCondition(Text);
