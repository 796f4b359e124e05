using System.Globalization;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Document;

/// <summary>
/// The stable result document (README, "JSON document"), built once from the result model: field
/// names, their order and their rounding are defined here and nowhere else. Bump
/// <see cref="SchemaVersion"/> on any incompatible change.
/// </summary>
public static partial class ResultDocument
{
    public const int SchemaVersion = 1;

    /// <summary>The document; optional parts (an action plan, a trend, the peers) when they were asked for.</summary>
    public static DocumentObject Build(AuditResult result, ReportExtras? extras = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var pack = result.Pack;
        var document = new DocumentObject()
            .Add("schemaVersion", SchemaVersion)
            .Add("engine", new DocumentObject().Add("name", "SpmAudit").Add("version", Language.Versioning.EngineVersion.Current))
            .Add("ruleset", Ruleset(result.Ruleset))
            .Add("institution", new DocumentObject().Add("id", pack.Institution.Id).Add("name", pack.Institution.Name).Add("country", pack.Institution.Country))
            .Add("period", pack.Period)
            .Add("date", Date(pack.Date))
            .Add("assessment", AssessmentName(pack.Assessment))
            .Add("assessor", pack.Assessor)
            .Add("evidenceSha256", pack.Sha256)
            .Add("score", Round(result.Score))
            .Add("status", IndicatorStatuses.Name(result.Status))
            .Add("grade", result.Grade?.Grade)
            .Add("computedGrade", result.Grade?.ComputedGrade)
            .Add("bandGrade", result.Grade?.BandGrade)
            .Add("override", Override(result.Grade?.Override))
            .Add("caps", new DocumentArray(result.Grade?.Caps.Select(c => (object?)new DocumentObject()
                .Add("grade", c.Grade).Add("trigger", c.Trigger).Add("indicators", Strings(c.IndicatorIds))) ?? []))
            .Add("coverage", Round(result.Coverage))
            .Add("provisional", result.IsProvisional);
        if (result.Completeness is { } completeness)
        {
            // Only for rulesets with completeness rules, so other results keep their exact form.
            document.Add("completeness", new DocumentObject()
                .Add("minimumCoverage", completeness.MinimumCoverage)
                .Add("gradeWithheld", completeness.GradeWithheld)
                .Add("reason", completeness.Reason)
                .Add("missingItems", Strings(completeness.MissingItems))
                .Add("missingIndicators", Strings(completeness.MissingIndicators)));
        }

        document
            .Add("outcomes", new DocumentArray(result.Certifications.Select(Outcome)))
            .Add("nodes", new DocumentArray(result.Nodes.Select(Node)))
            .Add("indicators", new DocumentArray(result.Indicators.Select(Indicator)));
        if (result.Gaps is { } gaps)
        {
            AddGaps(document, gaps);
        }

        document.Add("gradeScale", GradeScale(result.Ruleset))
            .Add("method", Method(result))
            .Add("strengths", Strengths(result));
        AddExtras(document, extras ?? ReportExtras.None);
        if (extras?.Peers is { } peers)
        {
            document.Add("peers", Peers(peers));
        }

        return document.Add("warnings", Strings(result.Warnings.Select(w => w.ToString())));
    }

    /// <summary>Scores and coverage as the document writes them: two decimals, half away from zero.</summary>
    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static double? Round(double? value) => value is { } number ? Round(number) : null;

    public static string AssessmentName(AssessmentType type) => type switch
    {
        AssessmentType.ExternalAudit => "external-audit",
        AssessmentType.AccompaniedSelfAssessment => "accompanied-self-assessment",
        _ => "self-assessment",
    };

    private static DocumentObject Ruleset(Ruleset ruleset)
    {
        var info = ruleset.Info;
        var document = new DocumentObject()
            .Add("id", info.Id)
            .Add("title", info.Title)
            .Add("version", info.Version)
            .Add("follows", info.Follows)
            .Add("sha256", ruleset.Sha256);
        if (!info.Lineage.IsEmpty)
        {
            // Base first, then each profile: a result produced through a profile names them all.
            document.Add("lineage", new DocumentArray(info.Lineage.Select(step => (object?)new DocumentObject()
                .Add("kind", step.Kind).Add("id", step.Id).Add("version", step.Version).Add("path", step.Path))));
        }

        return document.Add("sources", new DocumentArray(ruleset.Sources.Select(s => (object?)new DocumentObject().Add("path", s.Path).Add("sha256", s.Sha256))));
    }

    private static DocumentObject? Override(AppliedOverride? applied) => applied is null
        ? null
        : new DocumentObject().Add("grade", applied.Grade).Add("notches", applied.Notches).Add("reason", applied.Reason).Add("by", applied.By);

    private static DocumentObject Outcome(CertificationResult certification) => new DocumentObject()
        .Add("id", certification.Certification.Id)
        .Add("name", certification.Certification.Title)
        .Add("decision", certification.Passed ? "pass" : "fail")
        .Add("tier", certification.Tier)
        .Add("validFrom", Date(certification.ValidFrom))
        .Add("validUntil", Date(certification.ValidUntil))
        .Add("shortfalls", Strings(certification.Shortfalls))
        .Add("certifiable", certification.Certifiable)
        .Add("failingIndicators", new DocumentArray(certification.FailingIndicators.Select(i => (object?)new DocumentObject()
            .Add("id", i.Node.Id)
            .Add("title", i.Node.Title)
            .Add("status", IndicatorStatuses.Name(i.Status))
            .Add("critical", i.Rule.Critical)
            .Add("reason", i.Reason))));

    private static DocumentObject Node(NodeResult node) => new DocumentObject()
        .Add("id", node.Node.Id)
        .Add("level", node.Node.Level)
        .Add("title", node.Node.Title)
        .Add("weight", node.Node.Weight)
        .Add("score", Round(node.Score))
        .Add("coverage", Round(node.Coverage))
        .Add("status", IndicatorStatuses.Name(node.Status))
        .Add("children", new DocumentArray(node.Children.Select(Node)));

    internal static DocumentArray Strings(IEnumerable<string> values) => new(values);

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
