using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Model;

namespace SpmAudit.Benchmarks.Comparison;

/// <summary>
/// Before anything is timed: the three implementations must give every indicator of every pack the
/// same status, and the packs must exercise every status. Otherwise the comparison compares different work.
/// </summary>
internal static class ImplementationAgreement
{
    public static void Check(Ruleset ruleset, EvidenceFrame[] frames, CompiledRuleset compiled, HandWrittenRules handWritten, RulesEngineWorkflow rulesEngine)
    {
        var names = rulesEngine.RuleNames(frames[0]).GetAwaiter().GetResult();
        if (!names.SequenceEqual(ruleset.Indicators.Select(i => i.Id)))
        {
            throw new InvalidOperationException("RulesEngine returned its results in another order than the indicators.");
        }

        var count = ruleset.Indicators.Length;
        var (expected, hand, engine) = (new IndicatorStatus[count], new IndicatorStatus[count], new IndicatorStatus[count]);
        var levels = new byte[count];
        var seen = new HashSet<IndicatorStatus>();
        for (var f = 0; f < frames.Length; f++)
        {
            compiled.Evaluate(frames[f], expected, levels);
            handWritten.Evaluate(frames[f], hand);
            rulesEngine.Evaluate(frames[f], engine).GetAwaiter().GetResult();
            for (var i = 0; i < count; i++)
            {
                if (hand[i] != expected[i] || engine[i] != expected[i])
                {
                    throw new InvalidOperationException(
                        $"Pack {f + 1}, indicator {ruleset.Indicators[i].Id}: SpmAudit {expected[i]}, hand-written {hand[i]}, RulesEngine {engine[i]}.");
                }
            }

            seen.UnionWith(expected);
        }

        if (seen.Count != Enum.GetValues<IndicatorStatus>().Length)
        {
            throw new InvalidOperationException($"The synthetic packs only produce {string.Join(", ", seen)}.");
        }
    }
}
