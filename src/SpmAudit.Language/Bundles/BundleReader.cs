using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Versioning;

namespace SpmAudit.Language.Bundles;

/// <summary>
/// Reads a bundle into memory and checks it before anything compiles from it. Every entry name must
/// be a plain relative path (no '..', no absolute path, no drive, no backslash, no duplicate), the
/// archive stays within <see cref="BundleLimits"/> (counted on the bytes actually inflated, not on
/// what the archive claims), every file must match the SHA-256 its manifest records, and nothing
/// unlisted may ride along. Nothing is ever written to disk.
/// </summary>
public static class BundleReader
{
    public static Bundle? Read(string path, string display, DiagnosticBag diagnostics, BundleLimits? limits = null)
    {
        limits ??= BundleLimits.Default;
        var span = SourceSpan.None(display);
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound(span, display));
            return null;
        }

        try
        {
            // Read like every input: a regular file only (a pipe would never end), never past the limit.
            using var stream = new MemoryStream(Inputs.InputFile.Read(path, limits.MaxBundleBytes), writable: false);
            return Read(stream, span, diagnostics, limits);
        }
        catch (Inputs.InputRefusedException refused) when (refused.Reason == Inputs.InputRefusal.TooLarge)
        {
            diagnostics.Add(DiagnosticCatalog.BundleTooLarge(span, $"the file has more than {limits.MaxBundleBytes} bytes"));
            return null;
        }
        catch (Inputs.InputRefusedException refused)
        {
            diagnostics.Add(refused.ToDiagnostic(span, display));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.BundleUnreadable(span, display, e.Message));
            return null;
        }
    }

    public static Bundle? Read(Stream stream, SourceSpan span, DiagnosticBag diagnostics, BundleLimits limits)
    {
        Dictionary<string, byte[]>? entries;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            entries = Entries(archive, span, diagnostics, limits);
        }
        catch (InvalidDataException)
        {
            diagnostics.Add(DiagnosticCatalog.BundleUnreadable(span, span.Path, "it is not a zip archive, or its directory is damaged."));
            return null;
        }

        if (entries is null || diagnostics.HasErrors)
        {
            return null;
        }

        if (!entries.Remove(BundleManifest.FileName, out var manifestBytes))
        {
            diagnostics.Add(DiagnosticCatalog.ManifestInvalid(span, $"the bundle has no {BundleManifest.FileName}"));
            return null;
        }

        var manifest = ManifestJson.Read(manifestBytes, span, diagnostics);
        var signature = entries.Remove(BundleSignature.FileName, out var signatureBytes) ? BundleSignature.Read(signatureBytes, span, diagnostics) : null;
        if (manifest is null || diagnostics.HasErrors)
        {
            return null;
        }

        if (!manifest.Engine.Contains(EngineVersion.Current))
        {
            diagnostics.Add(DiagnosticCatalog.BundleNeedsOtherEngine(span, manifest.Engine.ToString(), EngineVersion.Current));
            return null;
        }

        CheckFiles(manifest, entries, span, diagnostics);
        return diagnostics.HasErrors ? null : new Bundle(manifest, manifestBytes, signature, entries.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>Each listed file present with its recorded hash, and no entry the manifest does not list.</summary>
    private static void CheckFiles(BundleManifest manifest, Dictionary<string, byte[]> entries, SourceSpan span, DiagnosticBag diagnostics)
    {
        foreach (var file in manifest.Files)
        {
            if (!entries.TryGetValue(file.Path, out var bytes))
            {
                diagnostics.Add(DiagnosticCatalog.BundleFileMissing(span, file.Path));
            }
            else if (bytes.Length != file.Size || Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256)
            {
                diagnostics.Add(DiagnosticCatalog.BundleFileChanged(span, file.Path));
            }
        }

        foreach (var name in entries.Keys.Where(n => !manifest.Files.Any(f => f.Path == n)).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.BundleUnlistedEntry(span, name));
        }
    }

    private static Dictionary<string, byte[]>? Entries(ZipArchive archive, SourceSpan span, DiagnosticBag diagnostics, BundleLimits limits)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            diagnostics.Add(DiagnosticCatalog.BundleTooLarge(span, $"it has {archive.Entries.Count} entries, more than {limits.MaxEntries}"));
            return null;
        }

        // Names that differ only by case would overwrite each other on some file systems: one of them is refused too.
        var entries = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var total = 0L;
        foreach (var entry in archive.Entries.Where(e => !BundleNames.IsFolder(e.FullName, e.Length)))
        {
            if (BundleNames.Problem(entry.FullName) is { } problem)
            {
                diagnostics.Add(DiagnosticCatalog.UnsafeEntryName(span, entry.FullName, problem));
                continue;
            }

            if (entries.ContainsKey(entry.FullName))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateEntry(span, entry.FullName));
                continue;
            }

            var limit = Math.Min(limits.MaxEntryBytes, limits.MaxTotalBytes - total);
            var bytes = Inflate(entry, limit, out var damage);
            if (damage is not null)
            {
                diagnostics.Add(DiagnosticCatalog.BundleEntryDamaged(span, entry.FullName, damage));
                continue;
            }

            if (bytes is null)
            {
                diagnostics.Add(DiagnosticCatalog.BundleTooLarge(span, limit < limits.MaxEntryBytes
                    ? $"its files inflate to more than {limits.MaxTotalBytes} bytes"
                    : $"entry '{entry.FullName}' inflates to more than {limits.MaxEntryBytes} bytes"));
                return null;
            }

            total += bytes.Length;
            entries[entry.FullName] = bytes;
        }

        return new Dictionary<string, byte[]>(entries, StringComparer.Ordinal);
    }

    /// <summary>The entry's bytes, read in chunks up to <paramref name="limit"/>; null past it, or with <paramref name="damage"/> when the data cannot be inflated.</summary>
    private static byte[]? Inflate(ZipArchiveEntry entry, long limit, out string? damage)
    {
        damage = null;
        if (entry.Length > limit)
        {
            return null;
        }

        try
        {
            using var data = entry.Open();
            using var copy = new MemoryStream();
            var chunk = new byte[81920];
            for (var read = data.Read(chunk); read > 0; read = data.Read(chunk))
            {
                if (copy.Length + read > limit)
                {
                    return null;
                }

                copy.Write(chunk, 0, read);
            }

            return copy.ToArray();
        }
        catch (InvalidDataException e)
        {
            damage = e.Message;
            return null;
        }
    }
}
