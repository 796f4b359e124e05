using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

internal sealed partial class Binder
{
    private Scale BindScale(RulesetFileSyntax root)
    {
        var scale = Scale.Default;
        foreach (var entry in root.Scale ?? [])
        {
            var points = (double)entry.Points;
            if (points is < 0 or > 1)
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidScaleEntry(entry.Span, entry.Status));
                continue;
            }

            switch (entry.Status)
            {
                case "met":
                    scale = scale with { Met = points };
                    break;
                case "partial":
                    scale = scale with { Partial = points };
                    break;
                case "not_met":
                    scale = scale with { NotMet = points };
                    break;
                default:
                    _diagnostics.Add(DiagnosticCatalog.InvalidScaleEntry(entry.Span, entry.Status));
                    break;
            }
        }

        return scale;
    }

    private GradeScale BindGrades(RulesetFileSyntax root)
    {
        if (root.Grades is not { Bands.IsEmpty: false } grades)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingGrades(root.Grades?.Span ?? root.Header!.Span));
            return new GradeScale([new GradeBand("-", 0)], []);
        }

        var bands = ImmutableArray.CreateBuilder<GradeBand>();
        var previous = double.PositiveInfinity;
        foreach (var band in grades.Bands)
        {
            var min = (double)band.MinScore;
            if (min >= previous || min < 0 || bands.Any(b => b.Grade == band.Grade))
            {
                _diagnostics.Add(DiagnosticCatalog.GradeBandsOutOfOrder(band.Span, band.Grade));
                continue;
            }

            if (min > 100)
            {
                _diagnostics.Add(DiagnosticCatalog.UnreachableGrade(band.Span, band.Grade));
            }

            bands.Add(new GradeBand(band.Grade, min));
            previous = min;
        }

        if (bands.Count > 0 && bands[^1].MinScore > 0)
        {
            _diagnostics.Add(DiagnosticCatalog.LowestBandAboveZero(grades.Bands[^1].Span, bands[^1].Grade));
        }

        var caps = ImmutableArray.CreateBuilder<GradeCap>();
        foreach (var cap in grades.Caps)
        {
            // The short form caps on a shortfall of a critical indicator; 'any critical met' would cap a good result.
            if (cap.Condition is CriticalOutcomeSyntax { Scope: null } critical
                && IndicatorStatuses.Parse(critical.Status) is not (IndicatorStatus.NotMet or IndicatorStatus.Partial or IndicatorStatus.InsufficientEvidence))
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidCapStatus(cap.Span, critical.Status.Replace('_', ' ')));
            }
            else if (!bands.Any(b => b.Grade == cap.Grade))
            {
                _diagnostics.Add(DiagnosticCatalog.UnknownCapGrade(cap.Span, cap.Grade));
            }
            else
            {
                caps.Add(new GradeCap(cap.Grade, BindOutcome(cap.Condition)));
            }
        }

        return new GradeScale(bands.ToImmutable(), caps.ToImmutable()) { MinimumCoverage = BindMinimumCoverage(grades) };
    }
}
