using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Batch;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Peers;

namespace SpmAudit.Reporting.Portfolio;

/// <summary>
/// A network's or an investor's view of a batch result (<c>spm-audit portfolio</c>): the grade
/// distribution, every assessment's score per top-level node (the heat map), certification decisions,
/// the indicators most often not fully met, and the same figures by country and by assessment type,
/// for tools to filter. Built from the batch lines alone; the ruleset, when known, adds titles and the
/// order of its grades. One document for the JSON writer and the templates, as for a single result.
/// </summary>
public static class PortfolioDocument
{
    public const int SchemaVersion = 1;

    private const int CommonGaps = 10;

    /// <summary>The document, or null with SPM5103 when no line is left to report on.</summary>
    public static DocumentObject? Build(BatchResults batch, PortfolioFilter filter, Ruleset? ruleset, string displayPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(diagnostics);

        // One ruleset per portfolio: the one most lines were audited with (or the one given).
        var rulesetId = ruleset?.Info.Id ?? batch.Lines.GroupBy(l => l.RulesetId).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var others = batch.Lines.Where(l => l.RulesetId is not null && rulesetId is not null && l.RulesetId != rulesetId).ToList();
        if (others.Count > 0)
        {
            var found = string.Join(", ", others.Select(l => l.RulesetId).Distinct().Order(StringComparer.Ordinal));
            diagnostics.Add(DiagnosticCatalog.BatchOtherRuleset(new SourceSpan(displayPath, others[0].Line, 1), others.Count, found, rulesetId!));
        }

        var lines = batch.Lines.Where(l => l.RulesetId is null || rulesetId is null || l.RulesetId == rulesetId).Where(filter.Matches).ToList();
        if (lines.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoBatchResults(new SourceSpan(displayPath, 1, 1)));
            return null;
        }

        var graded = lines.Where(l => l.Score is not null).ToList();
        var nodeIds = NodeIds(lines, ruleset);
        return new DocumentObject()
            .Add("schemaVersion", SchemaVersion)
            .Add("source", displayPath)
            .Add("ruleset", new DocumentObject()
                .Add("id", rulesetId)
                .Add("version", ruleset?.Info.Version ?? lines.Select(l => l.RulesetVersion).FirstOrDefault(v => v is not null))
                .Add("title", ruleset?.Info.Title))
            .Add("filters", new DocumentObject().Add("country", filter.Country).Add("assessment", filter.Assessment))
            .Add("assessments", lines.Count)
            .Add("institutions", lines.Select(l => l.Institution).Distinct(StringComparer.Ordinal).Count())
            .Add("failed", batch.Failed)
            .Add("graded", graded.Count)
            .Add("meanScore", ResultDocument.Round(graded.Count == 0 ? null : graded.Average(l => l.Score!.Value)))
            .Add("medianScore", ResultDocument.Round(PeerStatistics.Of(graded.Select(l => l.Score!.Value))?.Median))
            .Add("grades", Grades(lines, ruleset))
            .Add("nodes", new DocumentArray(nodeIds.Select(id => (object?)Node(id, lines, ruleset))))
            .Add("heatMap", new DocumentArray(lines
                .OrderByDescending(l => l.Score ?? double.MinValue)
                .ThenBy(l => l.Institution, StringComparer.Ordinal)
                .ThenBy(l => l.Period, StringComparer.Ordinal)
                .Select(l => (object?)Row(l, nodeIds))))
            .Add("certifications", Certifications(lines, ruleset))
            .Add("commonGaps", Gaps(lines, ruleset))
            .Add("byCountry", Groups(lines, l => l.Country, "country", ruleset))
            .Add("byAssessment", Groups(lines, l => l.Assessment, "assessment", ruleset));
    }

    /// <summary>The top-level nodes: the ruleset's order when known, else the order the lines give.</summary>
    private static ImmutableArray<string> NodeIds(List<BatchLine> lines, Ruleset? ruleset) => ruleset is not null
        ? [.. ruleset.Nodes.Select(n => n.Id)]
        : [.. lines.SelectMany(l => l.Scores.Select(s => s.Key)).Distinct(StringComparer.Ordinal)];

    private static DocumentObject Node(string id, List<BatchLine> lines, Ruleset? ruleset)
    {
        var scores = lines.Select(l => l.ScoreOf(id)).OfType<double>().ToList();
        var statistics = PeerStatistics.Of(scores);
        return new DocumentObject()
            .Add("id", id)
            .Add("title", ruleset?.Nodes.FirstOrDefault(n => n.Id == id)?.Title)
            .Add("mean", ResultDocument.Round(scores.Count == 0 ? null : scores.Average()))
            .Add("median", ResultDocument.Round(statistics?.Median))
            .Add("min", ResultDocument.Round(statistics?.Min))
            .Add("max", ResultDocument.Round(statistics?.Max));
    }

    private static DocumentObject Row(BatchLine line, ImmutableArray<string> nodeIds) => new DocumentObject()
        .Add("institution", line.Institution)
        .Add("name", line.Name)
        .Add("country", line.Country)
        .Add("assessment", line.Assessment)
        .Add("period", line.Period)
        .Add("score", ResultDocument.Round(line.Score))
        .Add("grade", line.Grade)
        .Add("scores", new DocumentArray(nodeIds.Select(id => (object?)new DocumentObject().Add("id", id).Add("score", ResultDocument.Round(line.ScoreOf(id))))))
        .Add("outcomes", new DocumentArray(line.Outcomes.Select(o => (object?)new DocumentObject().Add("id", o.Key).Add("decision", o.Value))));

    /// <summary>How many assessments got each grade, best first (the ruleset's order, or the order of the scores when it is not known).</summary>
    private static DocumentArray Grades(List<BatchLine> lines, Ruleset? ruleset)
    {
        var order = ruleset is not null
            ? [.. ruleset.Grades.Bands.Select(b => b.Grade)]
            : lines.Where(l => l.Grade is not null).OrderByDescending(l => l.Score).Select(l => l.Grade!).Distinct(StringComparer.Ordinal).ToList();
        var grades = new DocumentArray(order.Select(g => (object?)new DocumentObject().Add("grade", g).Add("count", lines.Count(l => l.Grade == g))));
        var ungraded = lines.Count(l => l.Grade is null);
        if (ungraded > 0)
        {
            grades.Add(new DocumentObject().Add("grade", null).Add("count", ungraded));
        }

        return grades;
    }

    private static DocumentArray Certifications(List<BatchLine> lines, Ruleset? ruleset) => new(lines
        .SelectMany(l => l.Outcomes.Select(o => o.Key))
        .Distinct(StringComparer.Ordinal)
        .Select(id => (object?)new DocumentObject()
            .Add("id", id)
            .Add("title", ruleset?.Certifications.FirstOrDefault(c => c.Id == id)?.Title)
            .Add("decisions", new DocumentArray(lines
                .Select(l => l.Outcomes.FirstOrDefault(o => o.Key == id).Value)
                .OfType<string>()
                .GroupBy(d => d, StringComparer.Ordinal)
                .OrderBy(g => g.Key == "fail")
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (object?)new DocumentObject().Add("decision", g.Key).Add("count", g.Count()))))));

    /// <summary>The indicators most often not fully met: by how many assessments, critical ones first among equals.</summary>
    private static DocumentArray Gaps(List<BatchLine> lines, Ruleset? ruleset) => new(lines
        .SelectMany(l => l.Gaps)
        .GroupBy(g => g.Id, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Any(x => x.Critical))
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Take(CommonGaps)
        .Select(g => (object?)new DocumentObject()
            .Add("id", g.Key)
            .Add("title", ruleset?.Indicators.FirstOrDefault(i => i.Id == g.Key)?.Title)
            .Add("critical", g.Any(x => x.Critical))
            .Add("count", g.Count())
            .Add("share", ResultDocument.Round((double)g.Count() / lines.Count))
            .Add("statuses", Statuses(g))));

    private static DocumentObject Statuses(IEnumerable<BatchGap> gaps)
    {
        var statuses = new DocumentObject();
        foreach (var status in new[] { "not_met", "partial", "insufficient_evidence" })
        {
            statuses.Add(status, gaps.Count(g => g.Status == status));
        }

        return statuses;
    }

    private static DocumentArray Groups(List<BatchLine> lines, Func<BatchLine, string?> key, string name, Ruleset? ruleset) => new(lines
        .GroupBy(key)
        .OrderBy(g => g.Key ?? "\uffff", StringComparer.Ordinal)
        .Select(g =>
        {
            var graded = g.Where(l => l.Score is not null).ToList();
            return (object?)new DocumentObject()
                .Add(name, g.Key)
                .Add("assessments", g.Count())
                .Add("meanScore", ResultDocument.Round(graded.Count == 0 ? null : graded.Average(l => l.Score!.Value)))
                .Add("grades", Grades([.. g], ruleset));
        }));
}
