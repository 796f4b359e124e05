using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Explanation;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>Builds an <see cref="IndicatorResult"/> from a status: points on the scale, evidence read, reason.</summary>
internal static class IndicatorResults
{
    /// <summary>With <paramref name="explain"/>, the reason is written from a trace of the rule; otherwise it is generic.</summary>
    public static IndicatorResult Create(Scale scale, RuleNode node, IndicatorStatus status, EvidencePack pack, bool explain, double? levelPoints = null)
    {
        var evidence = node.Rule!.Reads.Select(item => new EvidenceUse(item, pack.Find(item.Key))).ToImmutableArray();
        double? points = status switch
        {
            IndicatorStatus.Met => scale.Met,
            IndicatorStatus.Partial => levelPoints ?? scale.Partial,
            IndicatorStatus.NotMet => scale.NotMet,
            IndicatorStatus.InsufficientEvidence => 0,
            _ => null,
        };
        if (!explain)
        {
            return new IndicatorResult(node, status, points, evidence, Reason(node.Rule, status, evidence));
        }

        var trace = new Explainer(pack).Explain(node.Rule);
        if (trace.Status != status)
        {
            // The interpreter and the compiled rule disagree: a bug, never a user error.
            throw new InvalidOperationException($"Indicator {node.Id}: compiled status {status}, explained status {trace.Status}.");
        }

        return new IndicatorResult(node, status, points, evidence, ReasonWriter.Write(trace)) { Trace = trace };
    }

    private static string Reason(IndicatorRule rule, IndicatorStatus status, ImmutableArray<EvidenceUse> evidence) => status switch
    {
        IndicatorStatus.Met => "The 'met' rule holds.",
        IndicatorStatus.Partial => "The 'met' rule does not hold; the 'partial' rule does.",
        IndicatorStatus.NotMet => rule.Partial is null ? "The 'met' rule does not hold." : "Neither the 'met' nor the 'partial' rule holds.",
        IndicatorStatus.NotApplicable => "Not applicable: the 'applies' condition is false.",
        _ => evidence.Where(e => e.IsMissing).Select(e => e.Item.Key).ToList() is { Count: > 0 } missing
            ? $"Insufficient evidence: {string.Join(", ", missing)} not supplied."
            : "Insufficient evidence: the values supplied do not decide the rule (for example a ratio over zero).",
    };
}
