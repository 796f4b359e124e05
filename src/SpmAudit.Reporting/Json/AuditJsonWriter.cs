using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Document;

namespace SpmAudit.Reporting.Json;

/// <summary>
/// Writes the stable JSON result document of <see cref="ResultDocument"/>. Field order is fixed
/// and numbers are rounded there, so the same inputs always give byte-identical output.
/// </summary>
public static class AuditJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(AuditResult result) => Write(ResultDocument.Build(result));

    public static string Write(DocumentObject document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Write(json, document);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case DocumentObject document:
                json.WriteStartObject();
                foreach (var (name, item) in document)
                {
                    json.WritePropertyName(name);
                    Write(json, item);
                }

                json.WriteEndObject();
                break;
            case DocumentArray array:
                json.WriteStartArray();
                foreach (var item in array)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"The result document holds a {value.GetType().Name}, which it must not.");
        }
    }
}
