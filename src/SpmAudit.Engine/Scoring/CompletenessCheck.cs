using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Scoring;

/// <summary>
/// Applies a ruleset's completeness rules to a scored pack: a coverage below 'minimum coverage', a
/// required item not answered (when an applicable indicator reads it) or a required indicator
/// without evidence means no grade is given, for the assessment type of the pack.
/// </summary>
public static class CompletenessCheck
{
    public static CompletenessResult? Check(Ruleset ruleset, EvidencePack pack, IReadOnlyList<IndicatorResult> indicators, double? coverage)
    {
        var minimum = ruleset.Grades.MinimumCoverage;
        var assessment = pack.Assessment.Name();
        var hasRequirements = ruleset.Evidence.Any(e => e.Required is not null) || ruleset.Indicators.Any(i => i.Rule!.Required is not null);
        if (minimum is null && !hasRequirements)
        {
            return null;
        }

        var applicable = indicators.Where(i => i.Status != IndicatorStatus.NotApplicable).ToList();
        var missingItems = applicable
            .SelectMany(i => i.Evidence)
            .Where(e => e.Item.Required?.AppliesTo(assessment) == true && e.IsMissing)
            .Select(e => e.Item.Key)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        var missingIndicators = applicable
            .Where(i => i.Rule.Required?.AppliesTo(assessment) == true && i.Status == IndicatorStatus.InsufficientEvidence)
            .Select(i => i.Node.Id)
            .ToImmutableArray();

        var reasons = new List<string>();
        if (minimum is { } required && coverage is { } actual && !GradeScale.Reaches(actual * 100, required * 100))
        {
            reasons.Add($"coverage {Percent(actual)} is below the {Percent(required)} this ruleset requires");
        }

        if (!missingItems.IsEmpty)
        {
            reasons.Add($"required evidence is missing for {assessment}: {string.Join(", ", missingItems)}");
        }

        if (!missingIndicators.IsEmpty)
        {
            reasons.Add($"required indicators have insufficient evidence for {assessment}: {string.Join(", ", missingIndicators)}");
        }

        var reason = reasons.Count == 0 ? null : "No grade: " + string.Join("; ", reasons) + ".";
        return new CompletenessResult(minimum, coverage, missingItems, missingIndicators, reason);
    }

    /// <summary>Shares as people read them: 12%, 60%, 12.5%; never rounded up to the threshold.</summary>
    private static string Percent(double share) =>
        (Math.Floor(share * 1000 + 1e-9) / 10).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
