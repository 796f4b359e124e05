using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpmAudit.Engine.Batch;

namespace SpmAudit.Reporting.Json;

/// <summary>One line of a batch's JSON Lines output: the headline figures of one institution, or its errors.</summary>
public static class BatchLineWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(BatchItem item)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("evidence", item.Path);
            if (item.Result is { } result)
            {
                json.WriteString("institution", result.Pack.Institution.Id);
                json.WriteString("name", result.Pack.Institution.Name);
                json.WriteString("evidenceSha256", result.Pack.Sha256);
                json.WriteNumber("score", AuditJsonWriter.Round(result.Score));
                json.WriteString("grade", result.Grade.Grade);
                json.WriteString("computedGrade", result.Grade.ComputedGrade);
                json.WriteNumber("coverage", AuditJsonWriter.Round(result.Coverage));
                json.WriteStartObject("scores");
                foreach (var node in result.Nodes)
                {
                    if (node.Score is { } score)
                    {
                        json.WriteNumber(node.Node.Id, AuditJsonWriter.Round(score));
                    }
                    else
                    {
                        json.WriteNull(node.Node.Id);
                    }
                }

                json.WriteEndObject();
                json.WriteStartObject("outcomes");
                foreach (var certification in result.Certifications)
                {
                    json.WriteString(certification.Certification.Id, certification.Passed ? certification.Tier ?? "pass" : "fail");
                }

                json.WriteEndObject();
            }
            else
            {
                json.WriteStartArray("errors");
                foreach (var diagnostic in item.Diagnostics.Where(d => d.IsError))
                {
                    json.WriteStringValue(diagnostic.ToString());
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
