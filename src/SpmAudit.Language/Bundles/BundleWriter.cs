using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Versioning;

namespace SpmAudit.Language.Bundles;

/// <summary>
/// Writes a ruleset's files into one zip: manifest.json first, signature.json when signed, then the
/// sources in ordinal order of their paths, every entry with the same fixed time. The same files,
/// creation date and key give the same bytes (ECDSA signatures excepted: they are randomised).
/// </summary>
public static class BundleWriter
{
    /// <summary>The earliest time a zip entry can carry; no clock leaks into the archive.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static BundleManifest Manifest(RulesetClosure closure, DateTimeOffset created)
    {
        var info = closure.Compilation.Ruleset!.Info;
        return new BundleManifest(
            info.Lineage.IsEmpty ? "ruleset" : "profile",
            info.Id,
            info.Title,
            info.Version,
            info.Follows,
            closure.Entry,
            EngineRange.For(EngineVersion.Current),
            created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [.. closure.Files.Select(f => new BundleFile(f.Key, f.Value.Length, Convert.ToHexStringLower(SHA256.HashData(f.Value))))]);
    }

    public static byte[] Write(RulesetClosure closure, DateTimeOffset created, SigningKey? key)
    {
        var manifest = ManifestJson.Write(Manifest(closure, created));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, BundleManifest.FileName, manifest);
            if (key is not null)
            {
                Add(zip, BundleSignature.FileName, key.Sign(manifest).ToJson());
            }

            foreach (var (path, bytes) in closure.Files)
            {
                Add(zip, path, bytes);
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var data = entry.Open();
        data.Write(bytes);
    }
}
