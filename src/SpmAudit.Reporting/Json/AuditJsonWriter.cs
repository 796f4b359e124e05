using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Outcomes;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Json;

/// <summary>
/// Writes the stable JSON result document. Field order is fixed and numbers are rounded to two
/// decimals, so the same inputs always give byte-identical output. Bump <see cref="SchemaVersion"/>
/// on any incompatible change.
/// </summary>
public static partial class AuditJsonWriter
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(AuditResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Write(json, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void Write(Utf8JsonWriter json, AuditResult result)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        WriteRuleset(json, result.Ruleset);
        WriteAssessment(json, result.Pack);
        json.WriteNumber("score", Round(result.Score));
        json.WriteString("grade", result.Grade.Grade);
        json.WriteString("computedGrade", result.Grade.ComputedGrade);
        json.WriteString("bandGrade", result.Grade.BandGrade);
        WriteOverride(json, result.Grade.Override);
        json.WriteStartArray("caps");
        foreach (var cap in result.Grade.Caps)
        {
            json.WriteStartObject();
            json.WriteString("grade", cap.Grade);
            json.WriteString("trigger", cap.Trigger);
            WriteStrings(json, "indicators", cap.IndicatorIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("coverage", Round(result.Coverage));
        json.WriteBoolean("provisional", result.Coverage < 1);
        WriteOutcomes(json, result.Certifications);
        json.WriteStartArray("nodes");
        foreach (var node in result.Nodes)
        {
            WriteNode(json, node);
        }

        json.WriteEndArray();
        json.WriteStartArray("indicators");
        foreach (var indicator in result.Indicators)
        {
            WriteIndicator(json, indicator);
        }

        json.WriteEndArray();
        WriteGaps(json, result.Gaps);
        json.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            json.WriteStringValue(warning.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOverride(Utf8JsonWriter json, AppliedOverride? applied)
    {
        if (applied is null)
        {
            json.WriteNull("override");
            return;
        }

        json.WriteStartObject("override");
        json.WriteString("grade", applied.Grade);
        if (applied.Notches is { } notches)
        {
            json.WriteNumber("notches", notches);
        }
        else
        {
            json.WriteNull("notches");
        }

        json.WriteString("reason", applied.Reason);
        WriteOptional(json, "by", applied.By);
        json.WriteEndObject();
    }

    private static void WriteOutcomes(Utf8JsonWriter json, IEnumerable<CertificationResult> certifications)
    {
        json.WriteStartArray("outcomes");
        foreach (var certification in certifications)
        {
            json.WriteStartObject();
            json.WriteString("id", certification.Certification.Id);
            json.WriteString("name", certification.Certification.Title);
            json.WriteString("decision", certification.Passed ? "pass" : "fail");
            WriteOptional(json, "tier", certification.Tier);
            WriteOptional(json, "validFrom", certification.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteOptional(json, "validUntil", certification.ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteStrings(json, "shortfalls", certification.Shortfalls);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRuleset(Utf8JsonWriter json, Ruleset ruleset)
    {
        json.WriteStartObject("ruleset");
        json.WriteString("id", ruleset.Info.Id);
        json.WriteString("title", ruleset.Info.Title);
        json.WriteString("version", ruleset.Info.Version);
        WriteOptional(json, "follows", ruleset.Info.Follows);
        json.WriteString("sha256", CombinedHash(ruleset));
        if (!ruleset.Info.Lineage.IsEmpty)
        {
            // Base first, then each profile: a result produced through a profile names them all.
            json.WriteStartArray("lineage");
            foreach (var step in ruleset.Info.Lineage)
            {
                json.WriteStartObject();
                json.WriteString("kind", step.Kind);
                json.WriteString("id", step.Id);
                json.WriteString("version", step.Version);
                json.WriteString("path", step.Path);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartArray("sources");
        foreach (var source in ruleset.Sources)
        {
            json.WriteStartObject();
            json.WriteString("path", source.Path);
            json.WriteString("sha256", source.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAssessment(Utf8JsonWriter json, EvidencePack pack)
    {
        json.WriteStartObject("institution");
        json.WriteString("id", pack.Institution.Id);
        json.WriteString("name", pack.Institution.Name);
        WriteOptional(json, "country", pack.Institution.Country);
        json.WriteEndObject();
        WriteOptional(json, "period", pack.Period);
        WriteOptional(json, "date", pack.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("assessment", pack.Assessment switch
        {
            AssessmentType.ExternalAudit => "external-audit",
            AssessmentType.AccompaniedSelfAssessment => "accompanied-self-assessment",
            _ => "self-assessment",
        });
        WriteOptional(json, "assessor", pack.Assessor);
        json.WriteString("evidenceSha256", pack.Sha256);
    }

    /// <summary>One hash for the whole ruleset: SHA-256 over each source's path and hash, in load order.</summary>
    public static string CombinedHash(Ruleset ruleset)
    {
        var text = string.Concat(ruleset.Sources.Select(s => $"{s.Path}\0{s.Sha256}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    internal static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
