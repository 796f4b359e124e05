using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Syntax;

/// <summary>
/// 'scorecard ppi_example "…" { lines (national, extreme)  question … { answer … }  likelihood national { … } }':
/// a poverty scorecard in the PPI style. A question is answered in the table column of its name.
/// </summary>
public sealed record ScorecardSyntax(
    SourceSpan Span,
    string Name,
    string Title,
    ImmutableArray<string> Lines,
    ImmutableArray<ScorecardQuestionSyntax> Questions,
    ImmutableArray<LikelihoodTableSyntax> Likelihoods);

public sealed record ScorecardQuestionSyntax(SourceSpan Span, string Column, string Text, ImmutableArray<ScorecardAnswerSyntax> Answers);

/// <summary>An answer and its points: one figure for every line, or one per line (<see cref="PointsByLine"/>).</summary>
public sealed record ScorecardAnswerSyntax(SourceSpan Span, string Answer, decimal? Points, ImmutableArray<KeyValuePair<string, decimal>> PointsByLine);

/// <summary>'likelihood national { 0..9 = 92% … }': the share of households below the line, per band of scores.</summary>
public sealed record LikelihoodTableSyntax(SourceSpan Span, string Line, ImmutableArray<LikelihoodBandSyntax> Bands);

public sealed record LikelihoodBandSyntax(SourceSpan Span, int Low, int High, decimal Likelihood);
