using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>The grade is the band the score falls in, lowered by any cap a critical indicator triggers.</summary>
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

    private static GradeResult Computed(GradeScale scale, double score, IReadOnlyList<IndicatorResult> indicators)
    {
        var band = scale.BandIndex(score);
        var awarded = band;
        var caps = ImmutableArray.CreateBuilder<AppliedCap>();
        foreach (var cap in scale.Caps)
        {
            var status = cap.Trigger == IndicatorStatusTrigger.NotMet ? IndicatorStatus.NotMet : IndicatorStatus.InsufficientEvidence;
            var triggered = indicators.Where(i => i.Rule.Critical && i.Status == status).Select(i => i.Node.Id).ToImmutableArray();
            var capIndex = scale.IndexOf(cap.Grade);
            if (triggered.IsEmpty || capIndex <= awarded)
            {
                continue;
            }

            awarded = capIndex;
            caps.Add(new AppliedCap(cap.Grade, cap.Trigger == IndicatorStatusTrigger.NotMet ? "critical not met" : "critical insufficient", triggered));
        }

        return new GradeResult(scale.Bands[awarded].Grade, scale.Bands[band].Grade, caps.ToImmutable());
    }
}
