using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>Completeness rules: required items and indicators, evidence freshness, the minimum coverage for a grade.</summary>
internal sealed partial class Binder
{
    /// <summary>The requirement of the group being bound, inherited by the indicators below it.</summary>
    private Requirement? _requirement;

    private Requirement? BindRequirement(RequiredSyntax? required)
    {
        if (required is null)
        {
            return null;
        }

        foreach (var name in required.AssessmentTypes.Where(n => !Requirement.KnownAssessmentTypes.Contains(n)))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownRequiredAssessment(required.Span, name, Suggestions.Closest(name, Requirement.KnownAssessmentTypes)));
        }

        return new Requirement([.. required.AssessmentTypes.Where(Requirement.KnownAssessmentTypes.Contains).Distinct()]);
    }

    /// <summary>Months, whichever unit was written; years count 12.</summary>
    private int? BindFreshness(FreshnessSyntax? freshness)
    {
        if (freshness is null)
        {
            return null;
        }

        var perUnit = freshness.Unit switch
        {
            "month" or "months" => 1,
            "year" or "years" => 12,
            _ => 0,
        };
        if (perUnit == 0 || freshness.Amount <= 0 || decimal.Truncate(freshness.Amount) != freshness.Amount || freshness.Amount > 1200)
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidFreshness(freshness.Span, $"{freshness.Amount.ToString(CultureInfo.InvariantCulture)} {freshness.Unit}"));
            return null;
        }

        return (int)freshness.Amount * perUnit;
    }

    private double? BindMinimumCoverage(GradesSyntax grades)
    {
        if (grades.MinimumCoverage is not { } minimum)
        {
            return null;
        }

        if (minimum <= 0 || minimum > 1)
        {
            _diagnostics.Add(DiagnosticCatalog.MinimumCoverageOutOfRange(grades.MinimumCoverageSpan, (minimum * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"));
            return null;
        }

        return (double)minimum;
    }
}
