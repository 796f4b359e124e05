using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Trend;

namespace SpmAudit.Reporting.Document;

public static partial class ResultDocument
{
    private static void AddExtras(DocumentObject document, ReportExtras extras)
    {
        if (extras.Plan is { } plan)
        {
            document.Add("plan", Plan(plan));
        }

        if (extras.Trend is { } trend)
        {
            document.Add("trend", Trend(trend));
        }
    }

    /// <summary>The action plan's rows, critical first; owner and target date are blank for the institution to fill in.</summary>
    public static DocumentObject Plan(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new DocumentObject()
            .Add("function", plan.Function)
            .Add("items", new DocumentArray(plan.Items.Select(item => (object?)new DocumentObject()
                .Add("id", item.Indicator.Id)
                .Add("title", item.Indicator.Title)
                .Add("status", IndicatorStatuses.Name(item.Status))
                .Add("critical", item.Critical)
                .Add("toMeet", item.ToMeet)
                .Add("gain", Round(item.Gain))
                .Add("functions", Strings(item.Functions))
                .Add("missingEvidence", Strings(item.MissingEvidence))
                .Add("note", item.Note)
                .Add("owner", null)
                .Add("targetDate", null))))
            .Add("byFunction", new DocumentArray(plan.Items
                .SelectMany(item => item.Functions.DefaultIfEmpty("").Select(function => (Function: function, item.Indicator.Id)))
                .GroupBy(p => p.Function, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Key.Length == 0)
                .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => (object?)new DocumentObject().Add("function", g.Key.Length == 0 ? null : g.Key).Add("indicators", Strings(g.Select(p => p.Id))))));
    }

    /// <summary>Assessments oldest first, each node's scores across them, and what changed from one to the next.</summary>
    public static DocumentObject Trend(TrendReport trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return new DocumentObject()
            .Add("assessments", new DocumentArray(trend.Assessments.Select(a => (object?)new DocumentObject()
                .Add("label", a.Label).Add("date", a.Date).Add("score", Round(a.Score)).Add("grade", a.Grade).Add("coverage", Round(a.Coverage)))))
            .Add("nodes", new DocumentArray(trend.Nodes.Select(n => (object?)new DocumentObject()
                .Add("id", n.Id).Add("title", n.Title).Add("scores", new DocumentArray(n.Scores.Select(s => (object?)Round(s)))))))
            .Add("steps", new DocumentArray(trend.Steps.Select(s => (object?)new DocumentObject()
                .Add("from", s.From)
                .Add("to", s.To)
                .Add("scoreChange", Round(s.ScoreChange))
                .Add("up", new DocumentArray(s.Moves.Where(m => m.Up).Select(Move)))
                .Add("down", new DocumentArray(s.Moves.Where(m => !m.Up).Select(Move)))
                .Add("newlyMissing", Strings(s.NewlyMissing)))));
    }

    private static object? Move(StatusMove move) =>
        new DocumentObject().Add("id", move.Id).Add("title", move.Title).Add("before", move.Before).Add("after", move.After);
}
