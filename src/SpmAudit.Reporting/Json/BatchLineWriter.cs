using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpmAudit.Engine.Batch;
using SpmAudit.Reporting.Document;

namespace SpmAudit.Reporting.Json;

/// <summary>
/// One line of a batch's JSON Lines output: the headline figures of one institution, or its errors.
/// <c>peers</c> and <c>portfolio</c> read these lines back (see Batch/BatchResultsReader).
/// </summary>
public static class BatchLineWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(BatchItem item)
    {
        var line = new DocumentObject().Add("evidence", item.Path);
        if (item.Result is { } result)
        {
            line.Add("institution", result.Pack.Institution.Id)
                .Add("name", result.Pack.Institution.Name)
                .Add("evidenceSha256", result.Pack.Sha256)
                .Add("score", ResultDocument.Round(result.Score))
                .Add("status", Language.Model.IndicatorStatuses.Name(result.Status))
                .Add("grade", result.Grade?.Grade)
                .Add("computedGrade", result.Grade?.ComputedGrade)
                .Add("coverage", ResultDocument.Round(result.Coverage));
            var scores = new DocumentObject();
            foreach (var node in result.Nodes)
            {
                scores.Add(node.Node.Id, ResultDocument.Round(node.Score));
            }

            var outcomes = new DocumentObject();
            foreach (var certification in result.Certifications)
            {
                outcomes.Add(certification.Certification.Id, certification.Passed ? certification.Tier ?? "pass" : "fail");
            }

            line.Add("scores", scores).Add("outcomes", outcomes);

            // Added for peers and portfolios (older readers ignore them): what a network groups and
            // filters by, and the indicators not fully met, for "most often not met".
            line.Add("ruleset", new DocumentObject().Add("id", result.Ruleset.Info.Id).Add("version", result.Ruleset.Info.Version))
                .Add("country", result.Pack.Institution.Country)
                .Add("assessment", ResultDocument.AssessmentName(result.Pack.Assessment))
                .Add("period", result.Pack.Period)
                .Add("date", ResultDocument.Date(result.Pack.Date))
                .Add("gaps", new DocumentArray(result.Indicators
                    .Where(i => i.Status is Language.Model.IndicatorStatus.NotMet or Language.Model.IndicatorStatus.Partial or Language.Model.IndicatorStatus.InsufficientEvidence)
                    .Select(i => (object?)new DocumentObject().Add("id", i.Node.Id).Add("status", Language.Model.IndicatorStatuses.Name(i.Status)).Add("critical", i.Rule.Critical))));
        }
        else if (item.InternalError is { } error)
        {
            line.Add("errors", ResultDocument.Strings([$"internal error of SpmAudit ({error}); please report it"]));
        }
        else
        {
            line.Add("errors", ResultDocument.Strings(item.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            AuditJsonWriter.Write(json, line);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
