using SpmAudit.Engine.Comparison;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Comparison;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Json;

namespace SpmAudit.Reporting.Comparison;

/// <summary>
/// 'spm-audit diff --format json': the stable document docs/diff.md describes. Fields keep their
/// order, changes their <see cref="ChangeOrder"/>, and numbers are rounded to two decimals.
/// </summary>
public static class DiffJsonWriter
{
    public const int SchemaVersion = 1;

    public static string Write(DiffReport report) => AuditJsonWriter.Write(new DocumentObject()
        .Add("schemaVersion", SchemaVersion)
        .Add("old", Side(report.Diff.Old, report.OldSha256))
        .Add("new", Side(report.Diff.New, report.NewSha256))
        .Add("changed", !report.Diff.IsEmpty)
        .Add("counts", Counts(report.Diff))
        .Add("changes", new DocumentArray(report.Diff.Changes.Select(c => (object?)Change(c))))
        .Add("packs", new DocumentArray(report.Packs.Select(p => (object?)Pack(p)))));

    private static DocumentObject Side(RulesetInfo info, string sha256) => new DocumentObject()
        .Add("id", info.Id)
        .Add("title", info.Title)
        .Add("version", info.Version)
        .Add("sha256", sha256);

    private static DocumentObject Counts(RulesetDiff diff)
    {
        var counts = new DocumentObject();
        foreach (var (subject, count) in diff.CountsBySubject())
        {
            counts.Add(ChangeText.Subject(subject), count);
        }

        return counts;
    }

    private static DocumentObject Change(RulesetChange change) => new DocumentObject()
        .Add("subject", ChangeText.Subject(change.Subject))
        .Add("id", change.Id)
        .Add("level", change.Level)
        .Add("change", ChangeText.Kind(change.Kind))
        .Add("field", change.Field)
        .Add("old", change.Old)
        .Add("new", change.New)
        .Add("parent", change.Parent);

    private static DocumentObject Pack(PackRescore pack) => new DocumentObject()
        .Add("pack", pack.DisplayPath)
        .Add("institution", pack.Institution)
        .Add("before", Outcome(pack.Before.Result))
        .Add("after", Outcome(pack.After.Result))
        .Add("scoreChange", ResultDocument.Round(pack.ScoreChange))
        .Add("reweighting", ResultDocument.Round(pack.Reweighting))
        .Add("indicators", new DocumentArray(pack.Shifts.Select(s => (object?)new DocumentObject()
            .Add("id", s.Id)
            .Add("title", s.Title)
            .Add("before", Status(s.Before))
            .Add("after", Status(s.After))
            .Add("contributionBefore", ResultDocument.Round(s.BeforeContribution))
            .Add("contributionAfter", ResultDocument.Round(s.AfterContribution))
            .Add("change", ResultDocument.Round(s.Change)))));

    /// <summary>Null when the pack could not be audited under that edition (its diagnostics say why).</summary>
    private static DocumentObject? Outcome(AuditResult? result) => result is null ? null : new DocumentObject()
        .Add("score", ResultDocument.Round(result.Score))
        .Add("grade", PackRescore.GradeOf(result))
        .Add("coverage", ResultDocument.Round(result.Coverage))
        .Add("status", IndicatorStatuses.Name(result.Status));

    private static string? Status(IndicatorStatus? status) => status is { } s ? IndicatorStatuses.Name(s) : null;
}
