using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Bundles;

/// <summary>Writes <c>manifest.json</c> in one fixed layout (the bytes a signature covers) and reads it back strictly.</summary>
internal static class ManifestJson
{
    public static byte[] Write(BundleManifest manifest)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", BundleManifest.Format);
            json.WriteString("kind", manifest.Kind);
            json.WriteString("id", manifest.Id);
            json.WriteString("title", manifest.Title);
            json.WriteString("version", manifest.Version);
            json.WriteString("follows", manifest.Follows);
            json.WriteString("entry", manifest.Entry);
            json.WriteString("engine", manifest.Engine.ToString());
            json.WriteString("created", manifest.Created);
            json.WriteStartArray("files");
            foreach (var file in manifest.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteNumber("size", file.Size);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The manifest, or null with one SPM6105 naming the first problem found.</summary>
    public static BundleManifest? Read(byte[] bytes, SourceSpan span, DiagnosticBag diagnostics)
    {
        string? problem;
        BundleManifest? manifest = null;
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
            var reader = new Reader();
            manifest = reader.Manifest(document.RootElement);
            problem = reader.Problem;
        }
        catch (JsonException e)
        {
            problem = e.Message;
        }

        if (problem is not null)
        {
            diagnostics.Add(DiagnosticCatalog.ManifestInvalid(span, problem));
            return null;
        }

        return manifest;
    }

    /// <summary>Keeps the first problem; once there is one, every later read is skipped.</summary>
    private sealed class Reader
    {
        public string? Problem { get; private set; }

        public BundleManifest? Manifest(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("it is not a JSON object");
            }

            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var number) || number != BundleManifest.Format)
            {
                return Fail($"'format' must be {BundleManifest.Format}, the bundle layout this engine reads");
            }

            var (kind, id, title, version, entry, created, engineText) =
                (Text(root, "kind"), Text(root, "id"), Text(root, "title"), Text(root, "version"), Text(root, "entry"), Text(root, "created"), Text(root, "engine"));
            var files = Files(root);
            if (Problem is not null)
            {
                return null;
            }

            if (kind is not ("ruleset" or "profile"))
            {
                return Fail("'kind' must be 'ruleset' or 'profile'");
            }

            if (EngineRange.Parse(engineText!) is not { } engine)
            {
                return Fail($"'engine' must read '>=A.B.C <D.E.F', not '{engineText}'");
            }

            if (!files.Any(f => f.Path == entry))
            {
                return Fail($"the entry '{entry}' is not one of its files");
            }

            var follows = root.TryGetProperty("follows", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            return new BundleManifest(kind, id!, title!, version!, follows, entry!, engine, created!, files);
        }

        private ImmutableArray<BundleFile> Files(JsonElement root)
        {
            if (!root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                Fail("'files' must be a list");
                return [];
            }

            var entries = ImmutableArray.CreateBuilder<BundleFile>();
            foreach (var file in files.EnumerateArray())
            {
                var (path, sha) = (Text(file, "path"), Text(file, "sha256"));
                if (Problem is not null)
                {
                    break;
                }

                if (!file.TryGetProperty("size", out var size) || size.ValueKind != JsonValueKind.Number || !size.TryGetInt64(out var bytes) || bytes < 0)
                {
                    Fail($"the 'size' of '{path}' must be a whole number of bytes");
                }
                else if (sha!.Length != 64 || !sha.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
                {
                    Fail($"the 'sha256' of '{path}' must be 64 lowercase hexadecimal digits");
                }
                else
                {
                    entries.Add(new BundleFile(path!, bytes, sha));
                }
            }

            return entries.ToImmutable();
        }

        private string? Text(JsonElement element, string name)
        {
            if (Problem is null && element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }

            Fail($"'{name}' is missing or not a text");
            return null;
        }

        private BundleManifest? Fail(string problem)
        {
            Problem ??= problem;
            return null;
        }
    }
}
