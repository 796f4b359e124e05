using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

internal sealed partial class Binder
{
    private static readonly Dictionary<string, ScoringModel> Models = new(StringComparer.Ordinal)
    {
        ["weighted_mean"] = ScoringModel.WeightedMean,
        ["flat_points"] = ScoringModel.FlatPoints,
        ["absolute"] = ScoringModel.Absolute,
        ["minimum"] = ScoringModel.Minimum,
    };

    private ScoringPolicy BindScoring(RulesetFileSyntax root)
    {
        var policy = ScoringPolicy.Standard;
        foreach (var entry in root.Scoring)
        {
            if (entry.Key == "missing" && entry.Value is "zero" or "exclude")
            {
                policy = policy with { Missing = entry.Value == "zero" ? MissingEvidencePolicy.Zero : MissingEvidencePolicy.Exclude };
            }
            else if (Models.TryGetValue(entry.Value, out var model) && entry.Key == "default")
            {
                policy = policy with { Default = model };
            }
            else if (Models.TryGetValue(entry.Value, out model) && _levels.Contains(entry.Key))
            {
                policy = policy with { ByLevel = policy.ByLevel.SetItem(entry.Key, model) };
            }
            else
            {
                var suggestion = entry.Key == "missing" ? Suggestions.Closest(entry.Value, ["zero", "exclude"])
                    : entry.Key == "default" || _levels.Contains(entry.Key) ? Suggestions.Closest(entry.Value, Models.Keys)
                    : Suggestions.Closest(entry.Key, [.. _levels, "default", "missing"]);
                _diagnostics.Add(DiagnosticCatalog.UnknownScoringSetting(entry.Span, entry.Key, entry.Value, suggestion));
            }
        }

        return policy;
    }

    private ImmutableArray<Certification> BindCertifications(RulesetFileSyntax root)
    {
        var result = ImmutableArray.CreateBuilder<Certification>();
        foreach (var certification in root.Certifications)
        {
            if (result.Any(c => c.Id == certification.Id))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateCertification(certification.Span, certification.Id));
                continue;
            }

            if (certification.Pass is null && certification.Tiers.IsEmpty)
            {
                _diagnostics.Add(DiagnosticCatalog.CertificationWithoutRule(certification.Span, certification.Id));
            }

            var pass = certification.Pass is null ? null : BindOutcome(certification.Pass);
            var tiers = certification.Tiers.Select(t => new CertificationTier(t.Name, BindOutcome(t.Condition))).ToImmutableArray();
            result.Add(new Certification(certification.Id, certification.Title, certification.ValidYears, pass, tiers)
            {
                RequiredAssessments = BindRequirement(certification.Requires)?.AssessmentTypes ?? [],
            });
        }

        return result.ToImmutable();
    }

    private OutcomeCondition BindOutcome(OutcomeSyntax syntax)
    {
        var text = Printing.OutcomeWriter.Write(syntax);
        switch (syntax)
        {
            case OutcomeLogicSyntax logic:
                return new OutcomeLogic(text, logic.Operator, [.. logic.Operands.Select(BindOutcome)]);
            case EveryOutcomeSyntax every:
                if (!_levels.Contains(every.Level))
                {
                    _diagnostics.Add(DiagnosticCatalog.UnknownLevel(every.Span, every.Level, Suggestions.Closest(every.Level, _levels)));
                }

                CheckNodeId(every.Span, every.Scope);
                var (status, negated) = BindStatus(every.Span, every.Status);
                return new EveryOutcome(text, every.Level, every.Scope, status, negated);
            case SetOutcomeSyntax set:
                foreach (var id in set.Ids)
                {
                    CheckNodeId(set.Span, id);
                }

                var (setStatus, setNegated) = BindStatus(set.Span, set.Status);
                return new SetOutcome(text, set.Quantifier == "all", set.Ids, setStatus, setNegated);
            case CriticalOutcomeSyntax critical:
                CheckNodeId(critical.Span, critical.Scope);
                var (criticalStatus, criticalNegated) = BindStatus(critical.Span, critical.Status);
                return new CriticalOutcome(text, critical.Scope, criticalStatus, criticalNegated);
            case ThresholdOutcomeSyntax threshold:
                CheckNodeId(threshold.Span, threshold.NodeId);
                return new ThresholdOutcome(text, threshold.Measure == "coverage", threshold.NodeId, threshold.Operator, (double)threshold.Value);
            default:
                throw new InvalidOperationException($"Unknown outcome syntax {syntax.GetType().Name}.");
        }
    }

    private void CheckNodeId(SourceSpan span, string? id)
    {
        if (id is not null && !_nodeIds.ContainsKey(id))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownNodeId(span, id, Suggestions.Closest(id, _nodeIds.Keys)));
        }
    }

    /// <summary>'not met' is the status not_met; 'not partial' negates partial.</summary>
    private (IndicatorStatus Status, bool Negated) BindStatus(SourceSpan span, string word)
    {
        if (IndicatorStatuses.Parse(word) is { } status)
        {
            return (status, false);
        }

        if (word.StartsWith("not_", StringComparison.Ordinal) && IndicatorStatuses.Parse(word[4..]) is { } negated)
        {
            return (negated, true);
        }

        _diagnostics.Add(DiagnosticCatalog.InvalidOutcomeStatus(span, word));
        return (IndicatorStatus.Met, false);
    }
}
