using SpmAudit.Engine.Results;
using SpmAudit.Engine.Scoring;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Document;

public static partial class ResultDocument
{
    private const int StrengthCount = 5;

    /// <summary>The grade scale the grade is read on: bands best first and the caps.</summary>
    private static DocumentObject GradeScale(Ruleset ruleset) => new DocumentObject()
        .Add("bands", new DocumentArray(ruleset.Grades.Bands.Select(b => (object?)new DocumentObject().Add("grade", b.Grade).Add("minScore", b.MinScore))))
        .Add("caps", new DocumentArray(ruleset.Grades.Caps.Select(c => (object?)new DocumentObject()
            .Add("grade", c.Grade).Add("trigger", c.Trigger).Add("critical", c.IsCriticalForm))));

    /// <summary>How the result was computed, for a report's scope and method: levels, counts, scoring model, missing-evidence policy, points per status.</summary>
    private static DocumentObject Method(AuditResult result)
    {
        var ruleset = result.Ruleset;
        var counts = new DocumentObject();
        foreach (var status in IndicatorStatuses.All)
        {
            counts.Add(IndicatorStatuses.Name(status), result.Indicators.Count(i => i.Status == status));
        }

        return new DocumentObject()
            .Add("levels", Strings(ruleset.Levels))
            .Add("indicators", result.Indicators.Length)
            .Add("critical", result.Indicators.Count(i => i.Rule.Critical))
            .Add("statuses", counts)
            .Add("scoring", ModelName(ruleset.Scoring.Default))
            .Add("scoringByLevel", new DocumentArray(ruleset.Scoring.ByLevel.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => (object?)new DocumentObject().Add("level", p.Key).Add("scoring", ModelName(p.Value)))))
            .Add("missing", ruleset.Scoring.Missing == MissingEvidencePolicy.Exclude ? "exclude" : "zero")
            .Add("points", new DocumentObject().Add("met", ruleset.Scale.Met).Add("partial", ruleset.Scale.Partial).Add("not_met", ruleset.Scale.NotMet));
    }

    private static string ModelName(ScoringModel model) => model switch
    {
        ScoringModel.FlatPoints => "flat_points",
        ScoringModel.Absolute => "absolute",
        ScoringModel.Minimum => "minimum",
        _ => "weighted_mean",
    };

    /// <summary>
    /// The met indicators that carry the result most: critical ones first, then by their share of the
    /// overall score (the product of their weight shares among applicable siblings, up the tree).
    /// </summary>
    private static DocumentArray Strengths(AuditResult result)
    {
        var shares = ScoreShares.Of(result.Nodes);
        return new(result.Indicators
            .Where(i => i.Status == IndicatorStatus.Met)
            .OrderByDescending(i => i.Rule.Critical)
            .ThenByDescending(i => Math.Round(shares.GetValueOrDefault(i.Node.Id), 9))
            .ThenBy(i => i.Node.IndicatorOrdinal)
            .Take(StrengthCount)
            .Select(i => (object?)new DocumentObject()
                .Add("id", i.Node.Id)
                .Add("title", i.Node.Title)
                .Add("critical", i.Rule.Critical)
                .Add("share", Round(shares.GetValueOrDefault(i.Node.Id) * 100))));
    }
}
