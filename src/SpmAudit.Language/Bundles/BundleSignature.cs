using System.Text.Json;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Bundles;

/// <summary>
/// <c>signature.json</c>: the signature over the exact bytes of manifest.json, the algorithm that made it
/// and the SHA-256 of the signer's public key (its SubjectPublicKeyInfo), to tell keys apart.
/// </summary>
public sealed record BundleSignature(string Algorithm, string KeyId, byte[] Value)
{
    public const string FileName = "signature.json";

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("algorithm", Algorithm);
            json.WriteString("keyId", KeyId);
            json.WriteString("value", Convert.ToBase64String(Value));
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static BundleSignature? Read(byte[] bytes, SourceSpan span, DiagnosticBag diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 4 });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && Text(root, "algorithm") is { } algorithm && SigningKey.Algorithms.Contains(algorithm)
                && Text(root, "keyId") is { } keyId
                && Text(root, "value") is { } value)
            {
                return new BundleSignature(algorithm, keyId, Convert.FromBase64String(value));
            }
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            // Reported below, as any other malformed signature file.
        }

        diagnostics.Add(DiagnosticCatalog.SignatureUnreadable(span, $"{FileName} needs 'algorithm' (one of {string.Join(", ", SigningKey.Algorithms)}), 'keyId' and a base64 'value'"));
        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
