using SpmAudit.Benchmarks.Synthetic;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Model;
using static SpmAudit.Benchmarks.Synthetic.SyntheticParameters;
using Status = SpmAudit.Language.Model.IndicatorStatus;

namespace SpmAudit.Benchmarks.Comparison;

/// <summary>
/// The rule shapes of <see cref="RuleShapes"/> written by hand in C#, reading the same
/// <see cref="EvidenceFrame"/> as the compiled rules: the yardstick for the engine's overhead.
/// Missing values are nulls; C#'s <c>bool?</c> <c>&amp;</c> and <c>|</c> are three-valued, like the language.
/// </summary>
internal sealed class HandWrittenRules
{
    // Indexes of one of (full, most, some, none), as the frame holds choices.
    private const double Full = 0, Most = 1, Some = 2, None = 3;

    private readonly int[] _shapes;
    private readonly int[][] _slots;

    /// <summary>Looks up, once, the frame slot of every item each indicator reads.</summary>
    public HandWrittenRules(Ruleset ruleset)
    {
        var count = ruleset.Indicators.Length;
        _shapes = new int[count];
        _slots = new int[count][];
        for (var j = 0; j < count; j++)
        {
            var shape = RuleShapes.Of(j);
            var prefix = RuleShapes.Prefix(j);
            _shapes[j] = j % RuleShapes.All.Length;
            _slots[j] = [.. shape.Items.Select(item => ruleset.FindEvidence($"{prefix}.{item.Suffix}")!.Ordinal)];
        }
    }

    public void Evaluate(EvidenceFrame frame, Span<Status> statuses)
    {
        for (var j = 0; j < _shapes.Length; j++)
        {
            var s = _slots[j];
            statuses[j] = _shapes[j] switch
            {
                0 => Decide(Flag(frame, s[0])),
                1 => RatioBand(frame, s),
                2 => ChoiceIn(frame, s),
                3 => AndOr(frame, s),
                4 => AppliesRatioCeiling(frame, s),
                5 => ShareAndFlag(frame, s),
                6 => CountOfFlags(frame, s),
                _ => AppliesChoiceDays(frame, s),
            };
        }
    }

    private static Status RatioBand(EvidenceFrame f, int[] s)
    {
        if (Ratio(Number(f, s[1]), Number(f, s[0])) is not { } share)
        {
            return Status.InsufficientEvidence;
        }

        return share >= TargetShare ? Status.Met : share >= 0.8 * TargetShare ? Status.Partial : Status.NotMet;
    }

    private static Status ChoiceIn(EvidenceFrame f, int[] s)
    {
        if (Number(f, s[0]) is not { } level)
        {
            return Status.InsufficientEvidence;
        }

        return level == Full ? Status.Met : level is Most or Some ? Status.Partial : Status.NotMet;
    }

    private static Status AndOr(EvidenceFrame f, int[] s)
    {
        bool? written = Flag(f, s[0]), approved = Flag(f, s[1]), applied = Flag(f, s[2]);
        return Decide(written & (approved | applied), written | applied);
    }

    private static Status AppliesRatioCeiling(EvidenceFrame f, int[] s)
    {
        switch (Flag(f, s[0]))
        {
            case null:
                return Status.InsufficientEvidence;
            case false:
                return Status.NotApplicable;
        }

        if (Ratio(Number(f, s[2]), Number(f, s[1])) is not { } rate)
        {
            return Status.InsufficientEvidence;
        }

        return rate <= MaxRate ? Status.Met : rate <= 2 * MaxRate ? Status.Partial : Status.NotMet;
    }

    private static Status ShareAndFlag(EvidenceFrame f, int[] s)
    {
        var share = Number(f, s[0]);
        var met = (share is { } v ? v >= MinShare : (bool?)null) & Flag(f, s[1]);
        return Decide(met, share is { } w ? w >= 0.5 : null);
    }

    private static Status CountOfFlags(EvidenceFrame f, int[] s)
    {
        if (Flag(f, s[0]) is not { } gender || Flag(f, s[1]) is not { } location || Flag(f, s[2]) is not { } poverty)
        {
            return Status.InsufficientEvidence;
        }

        var segments = (gender ? 1 : 0) + (location ? 1 : 0) + (poverty ? 1 : 0);
        return segments >= 3 ? Status.Met : segments >= 2 ? Status.Partial : Status.NotMet;
    }

    private static Status AppliesChoiceDays(EvidenceFrame f, int[] s)
    {
        switch (Flag(f, s[0]))
        {
            case null:
                return Status.InsufficientEvidence;
            case false:
                return Status.NotApplicable;
        }

        var channel = Number(f, s[1]);
        var days = Number(f, s[2]);
        var met = (channel is { } c ? c is not (Some or None) : (bool?)null) & (days is { } d ? d <= MaxDays : null);
        return Decide(met, channel is { } c2 ? c2 != None : null);
    }

    private static Status Decide(bool? met) => met switch
    {
        true => Status.Met,
        false => Status.NotMet,
        null => Status.InsufficientEvidence,
    };

    /// <summary>
    /// met, then partial, as the language tries them. The partial value is computed eagerly but only
    /// read when met is false, which gives the same status as computing it lazily.
    /// </summary>
    private static Status Decide(bool? met, bool? partial) => met switch
    {
        true => Status.Met,
        null => Status.InsufficientEvidence,
        false => partial switch
        {
            true => Status.Partial,
            false => Status.NotMet,
            null => Status.InsufficientEvidence,
        },
    };

    // The frame holds NaN for a missing value; idiomatic C# turns it into a null once, at the read.
    private static bool? Flag(EvidenceFrame f, int slot) => double.IsNaN(f.Numbers[slot]) ? null : f.Numbers[slot] != 0;

    private static double? Number(EvidenceFrame f, int slot) => double.IsNaN(f.Numbers[slot]) ? null : f.Numbers[slot];

    private static double? Ratio(double? a, double? b) => a is null || b is null || b.Value == 0 ? null : a.Value / b.Value;
}
