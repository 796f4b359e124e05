using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SpmAudit.Language.Bundles;

namespace SpmAudit.Language.Tests.Bundles;

/// <summary>
/// Builds the bundle of a golden case from its <c>bundle.txt</c>, one entry a line, in order:
/// <code>
/// NAME &lt;- FILE            an entry holding a file of the case (listed in the manifest)
/// NAME &lt;- @zeros:N        an entry of N zero bytes
/// NAME &lt;- @manifest       a valid manifest.json over the listed entries
/// ... unlisted            the entry is not listed in the manifest
/// ... listed-as:FILE      the manifest records FILE's size and hash instead (a changed file)
/// @missing NAME &lt;- FILE   listed in the manifest, absent from the archive
/// @entry NAME             the manifest's entry (default: ruleset.spm)
/// @engine RANGE           the manifest's engine range (default: this engine's)
/// @damage NAME            corrupt the compressed data of an entry
/// @raw FILE               the bundle is this file's bytes, not a zip
/// @limits E N T           entries, bytes per entry and total bytes allowed when reading
/// @sign KEY / @verify KEY sign with, then check against, a key made for the test ('rsa:a', 'ec:b')
/// @tamper-manifest        change the manifest's title after signing it
/// @verify-file FILE       check against a key file of the case
/// </code>
/// </summary>
internal sealed class BundleRecipe
{
    private readonly List<(string Name, byte[] Bytes, byte[]? Listed, bool Manifest)> _entries = [];
    private readonly List<(string Name, byte[] Bytes)> _missing = [];
    private readonly List<string> _damaged = [];
    private string _entry = "ruleset.spm";
    private string? _engine;
    private byte[]? _raw;
    private bool _tamperManifest;

    public BundleLimits Limits { get; private set; } = BundleLimits.Default;

    public string? SignWith { get; private set; }

    public string? VerifyWith { get; private set; }

    public string? VerifyFile { get; private set; }

    public static BundleRecipe Read(string dir)
    {
        var recipe = new BundleRecipe();
        foreach (var line in File.ReadAllLines(Path.Combine(dir, "bundle.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            recipe.Add(dir, line);
        }

        return recipe;
    }

    private void Add(string dir, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words[0])
        {
            case "@missing": _missing.Add((words[1], File.ReadAllBytes(Path.Combine(dir, words[3])))); break;
            case "@entry": _entry = words[1]; break;
            case "@engine": _engine = string.Join(' ', words[1..]); break;
            case "@damage": _damaged.Add(words[1]); break;
            case "@tamper-manifest": _tamperManifest = true; break;
            case "@raw": _raw = File.ReadAllBytes(Path.Combine(dir, words[1])); break;
            case "@limits": Limits = BundleLimits.Default with { MaxEntries = int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture), MaxEntryBytes = long.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture), MaxTotalBytes = long.Parse(words[3], System.Globalization.CultureInfo.InvariantCulture) }; break;
            case "@sign": SignWith = words[1]; break;
            case "@verify": VerifyWith = words[1]; break;
            case "@verify-file": VerifyFile = words[1]; break;
            default:
                var source = words[2];
                var bytes = source.StartsWith("@zeros:", StringComparison.Ordinal) ? new byte[int.Parse(source[7..], System.Globalization.CultureInfo.InvariantCulture)]
                    : source == "@manifest" ? [] : File.ReadAllBytes(Path.Combine(dir, source));
                var listed = words.Contains("unlisted") ? null
                    : words.FirstOrDefault(w => w.StartsWith("listed-as:", StringComparison.Ordinal)) is { } other ? File.ReadAllBytes(Path.Combine(dir, other[10..])) : bytes;
                _entries.Add((words[0], bytes, source == "@manifest" ? null : listed, source == "@manifest"));
                break;
        }
    }

    public byte[] Build(Func<string, SigningKey> keys)
    {
        if (_raw is not null)
        {
            return _raw;
        }

        var manifest = ManifestJson.Write(Manifest());
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var signature = SignWith is null ? null : keys(SignWith).Sign(manifest).ToJson();
            if (_tamperManifest)
            {
                manifest = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(manifest).Replace("\"title\": \"Case\"", "\"title\": \"Case, edited\"", StringComparison.Ordinal));
            }

            foreach (var (name, bytes, _, isManifest) in _entries)
            {
                Write(zip, name, isManifest ? manifest : bytes);
                if (isManifest && signature is not null)
                {
                    Write(zip, BundleSignature.FileName, signature);
                }
            }
        }

        var archive = stream.ToArray();
        foreach (var name in _damaged)
        {
            Damage(archive, name);
        }

        return archive;
    }

    private BundleManifest Manifest()
    {
        var listed = _entries.Where(e => e.Listed is not null).Select(e => (e.Name, Bytes: e.Listed!)).Concat(_missing);
        return new BundleManifest("ruleset", "case", "Case", "1.0.0", null, _entry,
            _engine is null ? EngineRange.For(Versioning.EngineVersion.Current) : EngineRange.Parse(_engine)!, "2026-01-01T00:00:00Z",
            [.. listed.Select(e => new BundleFile(e.Name, e.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(e.Bytes))))]);
    }

    private static void Write(ZipArchive zip, string name, byte[] bytes)
    {
        using var data = zip.CreateEntry(name).Open();
        data.Write(bytes);
    }

    /// <summary>Makes the first deflate block of an entry claim the reserved block type, which no inflater accepts.</summary>
    private static void Damage(byte[] archive, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var at = archive.AsSpan().IndexOf("PK\u0003\u0004"u8); at >= 0; at = archive.AsSpan(at + 4).IndexOf("PK\u0003\u0004"u8) is var next and >= 0 ? at + 4 + next : -1)
        {
            var nameLength = BitConverter.ToUInt16(archive, at + 26);
            var extraLength = BitConverter.ToUInt16(archive, at + 28);
            if (archive.AsSpan(at + 30, nameLength).SequenceEqual(nameBytes))
            {
                archive[at + 30 + nameLength + extraLength] = 0x07;
                return;
            }
        }

        throw new InvalidOperationException($"No entry '{name}' to damage.");
    }
}
