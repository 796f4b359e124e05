using System.Text.Json;
using SpmAudit.Engine.Analysis;

namespace SpmAudit.Reporting.Json;

public static partial class AuditJsonWriter
{
    private static void WriteGaps(Utf8JsonWriter json, GapReport? report)
    {
        if (report is null)
        {
            return;
        }

        json.WriteStartArray("gaps");
        foreach (var gap in report.Gaps)
        {
            json.WriteStartObject();
            json.WriteString("id", gap.Indicator.Id);
            json.WriteString("title", gap.Indicator.Title);
            json.WriteString("status", StatusNames.Of(gap.Status));
            json.WriteNumber("gain", Round(gap.Gain));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var path = report.Path;
        json.WriteStartObject("nextGrade");
        WriteOptional(json, "from", path.CurrentGrade);
        WriteOptional(json, "to", path.TargetGrade);
        json.WriteBoolean("reachable", path.Reachable);
        WriteStrings(json, "indicators", path.Indicators.Select(i => i.Id));
        json.WriteNumber("scoreAfter", Round(path.ScoreAfter));
        json.WriteString("explanation", path.Explanation);
        json.WriteEndObject();
        json.WriteStartArray("missingEvidence");
        foreach (var missing in report.Missing)
        {
            json.WriteStartObject();
            json.WriteString("key", missing.Item.Key);
            WriteOptional(json, "question", missing.Item.Question);
            WriteStrings(json, "indicators", missing.IndicatorIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
