using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// 'required' or 'required for external-audit, accompanied-self-assessment': an item that must be
/// answered, or an indicator that must have evidence, for a grade to be given. No assessment types
/// means every assessment.
/// </summary>
public sealed record RequiredSyntax(SourceSpan Span, ImmutableArray<string> AssessmentTypes);

/// <summary>'valid for 24 months': how long evidence stays current before the assessment date.</summary>
public sealed record FreshnessSyntax(SourceSpan Span, decimal Amount, string Unit);
