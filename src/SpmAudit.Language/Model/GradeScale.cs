using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>Grade bands, best first, and the caps that limit a grade when a critical indicator fails.</summary>
public sealed record GradeScale(ImmutableArray<GradeBand> Bands, ImmutableArray<GradeCap> Caps)
{
    /// <summary>The band a score falls in; bands are sorted by descending minimum.</summary>
    public int BandIndex(double score)
    {
        for (var i = 0; i < Bands.Length; i++)
        {
            if (score >= Bands[i].MinScore)
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

/// <summary>When any critical indicator has <see cref="Trigger"/>, the grade is no better than <see cref="Grade"/>.</summary>
public sealed record GradeCap(string Grade, IndicatorStatusTrigger Trigger);

public enum IndicatorStatusTrigger
{
    NotMet,
    Insufficient,
}
