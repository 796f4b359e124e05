using SpmAudit.Engine.Scoring;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Analysis;

/// <summary>Scores a result again with some indicators changed to met; the arrays are shared with the caller on purpose.</summary>
internal sealed class WhatIf(ScoreCalculator calculator, IndicatorStatus[] statuses, byte[] levels)
{
    /// <summary>The overall score of the statuses as they stand now (0 when nothing counts).</summary>
    public double Overall() => calculator.Overall(statuses, levels) ?? 0;

    /// <summary>How much the overall score rises if indicator <paramref name="index"/> were met.</summary>
    public double Gain(int index, double current)
    {
        var saved = statuses[index];
        statuses[index] = IndicatorStatus.Met;
        var gain = Overall() - current;
        statuses[index] = saved;
        return gain;
    }
}
