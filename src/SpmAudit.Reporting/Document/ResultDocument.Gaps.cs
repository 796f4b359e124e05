using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Document;

public static partial class ResultDocument
{
    private static void AddGaps(DocumentObject document, GapReport report)
    {
        document.Add("gaps", new DocumentArray(report.Gaps.Select(gap => (object?)new DocumentObject()
            .Add("id", gap.Indicator.Id)
            .Add("title", gap.Indicator.Title)
            .Add("status", IndicatorStatuses.Name(gap.Status))
            .Add("critical", gap.Indicator.Rule!.Critical)
            .Add("gain", Round(gap.Gain)))));
        var path = report.Path;
        document.Add("nextGrade", new DocumentObject()
            .Add("from", path.CurrentGrade)
            .Add("to", path.TargetGrade)
            .Add("reachable", path.Reachable)
            .Add("indicators", Strings(path.Indicators.Select(i => i.Id)))
            .Add("scoreAfter", Round(path.ScoreAfter))
            .Add("explanation", path.Explanation));
        document.Add("missingEvidence", new DocumentArray(report.Missing.Select(missing => (object?)new DocumentObject()
            .Add("key", missing.Item.Key)
            .Add("question", missing.Item.Question)
            .Add("indicators", Strings(missing.IndicatorIds)))));
    }
}
