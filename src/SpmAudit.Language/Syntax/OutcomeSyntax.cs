using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>An outcome rule as written: a condition over results (statuses, scores, coverage), not over evidence.</summary>
public abstract record OutcomeSyntax(SourceSpan Span);

public sealed record OutcomeLogicSyntax(SourceSpan Span, string Operator, ImmutableArray<OutcomeSyntax> Operands) : OutcomeSyntax(Span);

/// <summary>'every standard in 4 is met'.</summary>
public sealed record EveryOutcomeSyntax(SourceSpan Span, string Level, string? Scope, string Status) : OutcomeSyntax(Span);

/// <summary>'all of [CP1.1, CP2.1] are met', 'any of [...] is not met'.</summary>
public sealed record SetOutcomeSyntax(SourceSpan Span, string Quantifier, ImmutableArray<string> Ids, string Status) : OutcomeSyntax(Span);

/// <summary>'any critical not met', 'any critical in 4 is partial': some critical indicator (below the scope node) has the status.</summary>
public sealed record CriticalOutcomeSyntax(SourceSpan Span, string? Scope, string Status) : OutcomeSyntax(Span);

/// <summary>'score of 4 >= 80', 'coverage >= 100%'.</summary>
public sealed record ThresholdOutcomeSyntax(SourceSpan Span, string Measure, string? NodeId, string Operator, decimal Value, string Text) : OutcomeSyntax(Span);
