using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>Grade bands, best first, and the caps that limit a grade when a critical indicator fails.</summary>
public sealed record GradeScale(ImmutableArray<GradeBand> Bands, ImmutableArray<GradeCap> Caps)
{
    /// <summary>
    /// Scores are computed in double precision; a score this close to a threshold (a band minimum,
    /// an outcome's 'score >= 80', zero) counts as reaching it, so 49.99999999999999 from a mean
    /// that is 50 on paper is 50. Far below the two decimals results are written with.
    /// </summary>
    public const double ScoreTolerance = 1e-9;

    /// <summary>'minimum coverage 60%': a result whose coverage is below it gets no grade. A fraction; null when none is set.</summary>
    public double? MinimumCoverage { get; init; }

    /// <summary>Whether a score reaches a threshold, within <see cref="ScoreTolerance"/>.</summary>
    public static bool Reaches(double score, double threshold) => score >= threshold - ScoreTolerance;

    /// <summary>The band a score falls in; bands are sorted by descending minimum.</summary>
    public int BandIndex(double score)
    {
        for (var i = 0; i < Bands.Length; i++)
        {
            if (Reaches(score, Bands[i].MinScore))
            {
                return i;
            }
        }

        return Bands.Length - 1;
    }

    public int IndexOf(string grade)
    {
        for (var i = 0; i < Bands.Length; i++)
        {
            if (Bands[i].Grade == grade)
            {
                return i;
            }
        }

        return -1;
    }
}

public sealed record GradeBand(string Grade, double MinScore);

/// <summary>
/// When <see cref="Condition"/> holds over the result, the grade is no better than <see cref="Grade"/>.
/// The common cap is 'any critical not met' (a <see cref="CriticalOutcome"/>); any outcome rule may be one.
/// </summary>
public sealed record GradeCap(string Grade, OutcomeCondition Condition)
{
    /// <summary>The common form, 'any critical &lt;status&gt;', which reports name in words of their own.</summary>
    public bool IsCriticalForm => Condition is CriticalOutcome { Scope: null, Negated: false };

    /// <summary>How a report names what triggers the cap: 'critical not met' for the critical form, else the rule's text.</summary>
    public string Trigger => IsCriticalForm
        ? $"critical {IndicatorStatuses.RuleWord(((CriticalOutcome)Condition).Status).Replace('_', ' ')}"
        : Condition.Text;
}
