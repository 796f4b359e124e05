using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Batch;

namespace SpmAudit.Reporting.Peers;

/// <summary>
/// Compares a result with a batch result (<c>audit … --peers results.jsonl</c>). Peers are the lines
/// of the same ruleset id with a score, other than the institution itself (its own earlier or later
/// assessments are not its peers). Lines of another ruleset are left out with a warning (SPM5501).
/// </summary>
public static class PeerComparer
{
    public static PeerComparison? Compare(AuditResult result, BatchResults batch, string displayPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var ruleset = result.Ruleset.Info;
        var others = batch.Lines.Where(l => l.RulesetId is not null && l.RulesetId != ruleset.Id).ToList();
        if (others.Count > 0)
        {
            var found = string.Join(", ", others.Select(l => l.RulesetId).Distinct().Order(StringComparer.Ordinal));
            diagnostics.Add(DiagnosticCatalog.BatchOtherRuleset(new SourceSpan(displayPath, others[0].Line, 1), others.Count, found, ruleset.Id));
        }

        var peers = batch.Lines
            .Where(l => (l.RulesetId is null || l.RulesetId == ruleset.Id) && l.Institution != result.Pack.Institution.Id && l.Score is not null)
            .ToList();
        if (peers.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.NoPeers(new SourceSpan(displayPath, 1, 1)));
            return null;
        }

        var overall = Measure("overall", result.Score, peers.Select(p => p.Score));
        var nodes = result.Nodes.Select(n => Measure(n.Node.Id, n.Score, peers.Select(p => p.ScoreOf(n.Node.Id))));
        return new PeerComparison(displayPath, peers.Count, overall, [.. nodes]);
    }

    private static PeerMeasure Measure(string id, double? score, IEnumerable<double?> peerScores)
    {
        var scores = peerScores.OfType<double>().ToList();
        int? rank = score is { } own ? 1 + scores.Count(s => s > own + GradeScale.ScoreTolerance) : null;
        return new PeerMeasure(id, score, PeerStatistics.Of(scores), rank, scores.Count + (score is null ? 0 : 1));
    }
}
