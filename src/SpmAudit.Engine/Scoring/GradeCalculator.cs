using System.Collections.Immutable;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// The grade is the band the score falls in, lowered by every cap that binds (its trigger holds
/// and its grade is below the band's); all binding caps are listed, the lowest one decides.
/// </summary>
internal static class GradeCalculator
{
    public static GradeResult Grade(GradeScale scale, double score, IReadOnlyList<IndicatorResult> indicators, GradeOverride? decision)
    {
        var computed = Computed(scale, score, indicators);
        if (decision is null)
        {
            return computed;
        }

        // Bands are best first: a notch up moves to a smaller index. Notches stop at the ends of the scale.
        var index = decision.Grade is { } set ? scale.IndexOf(set) : Math.Clamp(scale.IndexOf(computed.Grade) - decision.Notches!.Value, 0, scale.Bands.Length - 1);
        var grade = scale.Bands[index].Grade;
        return computed with { Grade = grade, Override = new AppliedOverride(grade, decision.Notches, decision.Reason, decision.By) };
    }

    /// <summary>The caps that bind at this band: their trigger holds and their grade is below it.</summary>
    public static ImmutableArray<AppliedCap> BindingCaps(GradeScale scale, int band, IReadOnlyList<IndicatorResult> indicators)
    {
        var caps = ImmutableArray.CreateBuilder<AppliedCap>();
        foreach (var cap in scale.Caps)
        {
            var triggered = indicators.Where(i => i.Rule.Critical && i.Status == cap.Trigger).Select(i => i.Node.Id).ToImmutableArray();
            if (!triggered.IsEmpty && scale.IndexOf(cap.Grade) > band)
            {
                caps.Add(new AppliedCap(cap.Grade, $"critical {IndicatorStatuses.RuleWord(cap.Trigger).Replace('_', ' ')}", triggered));
            }
        }

        return caps.ToImmutable();
    }

    private static GradeResult Computed(GradeScale scale, double score, IReadOnlyList<IndicatorResult> indicators)
    {
        var band = scale.BandIndex(score);
        var caps = BindingCaps(scale, band, indicators);
        var awarded = caps.Aggregate(band, (lowest, cap) => Math.Max(lowest, scale.IndexOf(cap.Grade)));
        return new GradeResult(scale.Bands[awarded].Grade, scale.Bands[band].Grade, caps);
    }
}
