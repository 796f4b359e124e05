using System.Globalization;
using System.Text;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Text;

/// <summary>The gap analysis as text: ranked gaps, the path to the next grade and the evidence to ask for.</summary>
public static class GapsPrinter
{
    public static string Print(AuditResult result)
    {
        var report = result.Gaps!;
        var text = new StringBuilder();
        var score = result.Score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "none";
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Pack.Institution.Name}: score {score}, grade {result.Grade?.ComputedGrade ?? "none"}");
        text.AppendLine();
        text.AppendLine("Gaps, critical indicators first, then ranked by how much the overall score would rise if each were met:");
        foreach (var gap in report.Gaps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  +{gap.Gain.ToString("0.00", CultureInfo.InvariantCulture),6}  {gap.Indicator.Id,-10} {gap.Indicator.Title} ({IndicatorStatuses.Name(gap.Status)}{(gap.Indicator.Rule!.Critical ? ", critical" : "")})");
        }

        var path = report.Path;
        text.AppendLine();
        text.AppendLine(path.TargetGrade is null ? "Path to the next grade:" : $"Path from grade {path.CurrentGrade} to {path.TargetGrade}:");
        var step = 1;
        foreach (var indicator in path.Indicators)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {step++}. {indicator.Id} {indicator.Title}{(indicator.Rule!.Critical ? " (critical)" : "")}");
        }

        text.AppendLine($"  {path.Explanation}");
        if (!report.Missing.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine("Evidence to ask for (each would let these indicators be decided):");
            foreach (var missing in report.Missing)
            {
                var question = missing.Item.Question is { } q ? $" — {q}" : "";
                text.AppendLine($"  {missing.Item.Key}{question} → {string.Join(", ", missing.IndicatorIds)}");
            }
        }

        // Printed for a terminal: nothing taken from the inputs may drive it.
        return Language.Diagnostics.ControlCharacters.Escape(text.ToString());
    }
}
