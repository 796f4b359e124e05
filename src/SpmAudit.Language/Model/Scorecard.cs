using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>
/// A poverty scorecard in the PPI style: questions with points per answer (points may differ per
/// poverty line) and, per line, a table from score to the likelihood of living below it. A group's
/// poverty rate is the mean of its members' likelihoods, never the likelihood of the mean score.
/// </summary>
public sealed record Scorecard(
    string Name,
    string Title,
    ImmutableArray<string> Lines,
    ImmutableArray<ScorecardQuestion> Questions,
    ImmutableDictionary<string, ImmutableArray<LikelihoodBand>> Likelihoods,
    SourceSpan Span)
{
    /// <summary>The highest score a respondent can reach for a line: the best answer of every question.</summary>
    public int MaximumScore(string line) => Questions.Sum(q => q.Answers.Max(a => a.PointsFor(line)));

    /// <summary>The likelihood for a score, or null when the score is in no band.</summary>
    public double? Likelihood(string line, int score) =>
        Likelihoods.TryGetValue(line, out var bands) ? bands.FirstOrDefault(b => b.Low <= score && score <= b.High)?.Likelihood : null;
}

public sealed record ScorecardQuestion(string Column, string Text, ImmutableArray<ScorecardAnswer> Answers, SourceSpan Span);

/// <summary>An answer as recorded in the data, with its points for each line (<see cref="Points"/> for every line not named).</summary>
public sealed record ScorecardAnswer(string Answer, int Points, ImmutableDictionary<string, int> PointsByLine)
{
    public int PointsFor(string line) => PointsByLine.TryGetValue(line, out var points) ? points : Points;
}

public sealed record LikelihoodBand(int Low, int High, double Likelihood);
