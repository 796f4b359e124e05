using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Document;

namespace SpmAudit.Reporting.Multi;

/// <summary>
/// The JSON of a multi-ruleset audit: <c>kind</c>, the institution and the pack's hash once,
/// <c>summary</c> (one row per ruleset, in the order given) and <c>results</c> (the full result
/// document of each ruleset, as a single audit writes it).
/// </summary>
public static class MultiRulesetDocument
{
    public static DocumentObject Build(IReadOnlyList<(AuditResult Result, ReportExtras Extras)> audits)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var pack = audits[0].Result.Pack;
        return new DocumentObject()
            .Add("schemaVersion", ResultDocument.SchemaVersion)
            .Add("kind", "multi-ruleset")
            .Add("institution", new DocumentObject().Add("id", pack.Institution.Id).Add("name", pack.Institution.Name).Add("country", pack.Institution.Country))
            .Add("evidenceSha256", pack.Sha256)
            .Add("summary", Summary(audits.Select(a => a.Result)))
            .Add("results", new DocumentArray(audits.Select(a => (object?)ResultDocument.Build(a.Result, a.Extras))));
    }

    /// <summary>One row per ruleset: what a reader compares first.</summary>
    public static DocumentArray Summary(IEnumerable<AuditResult> results) => new(results.Select((r, i) => (object?)new DocumentObject()
        .Add("anchor", $"ruleset-{i + 1}")
        .Add("ruleset", new DocumentObject().Add("id", r.Ruleset.Info.Id).Add("version", r.Ruleset.Info.Version).Add("title", r.Ruleset.Info.Title))
        .Add("score", ResultDocument.Round(r.Score))
        .Add("grade", r.Grade?.Grade)
        .Add("coverage", ResultDocument.Round(r.Coverage))
        .Add("certifications", new DocumentArray(r.Certifications.Select(c => (object?)new DocumentObject()
            .Add("id", c.Certification.Id)
            .Add("name", c.Certification.Title)
            .Add("decision", c.Passed ? "pass" : "fail")
            .Add("tier", c.Tier)
            .Add("certifiable", c.Certifiable))))));
}
