using System.Collections.Immutable;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// The grade is the band the score falls in, lowered by every cap that binds (its condition holds
/// and its grade is below the band's); all binding caps are listed, the lowest one decides.
/// A cap's condition is decided before, by the outcome rules (the outcome stage's witnesses):
/// <paramref name="witnesses"/> has, for each cap of the scale in order, null when its condition does
/// not hold, else the indicators that make it hold.
/// </summary>
internal static class GradeCalculator
{
    public static GradeResult Grade(GradeScale scale, double score, ImmutableArray<ImmutableArray<string>?> witnesses, GradeOverride? decision)
    {
        var computed = Computed(scale, score, witnesses);
        if (decision is null)
        {
            return computed;
        }

        // Bands are best first: a notch up moves to a smaller index. Notches stop at the ends of the scale.
        var index = decision.Grade is { } set ? scale.IndexOf(set) : Math.Clamp(scale.IndexOf(computed.Grade) - decision.Notches!.Value, 0, scale.Bands.Length - 1);
        var grade = scale.Bands[index].Grade;
        return computed with { Grade = grade, Override = new AppliedOverride(grade, decision.Notches, decision.Reason, decision.By) };
    }

    /// <summary>The caps that bind at this band: their condition holds and their grade is below it.</summary>
    private static ImmutableArray<AppliedCap> BindingCaps(GradeScale scale, int band, ImmutableArray<ImmutableArray<string>?> witnesses)
    {
        var caps = ImmutableArray.CreateBuilder<AppliedCap>();
        for (var i = 0; i < scale.Caps.Length; i++)
        {
            var cap = scale.Caps[i];
            if (witnesses[i] is { } triggered && scale.IndexOf(cap.Grade) > band)
            {
                caps.Add(new AppliedCap(cap.Grade, cap.Trigger, triggered));
            }
        }

        return caps.ToImmutable();
    }

    private static GradeResult Computed(GradeScale scale, double score, ImmutableArray<ImmutableArray<string>?> witnesses)
    {
        var band = scale.BandIndex(score);
        var caps = BindingCaps(scale, band, witnesses);
        var awarded = caps.Aggregate(band, (lowest, cap) => Math.Max(lowest, scale.IndexOf(cap.Grade)));
        return new GradeResult(scale.Bands[awarded].Grade, scale.Bands[band].Grade, caps);
    }
}
