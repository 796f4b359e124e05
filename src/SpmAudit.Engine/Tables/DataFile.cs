using System.IO.Compression;
using System.Security.Cryptography;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// A data file named by a pack: where it is, how the display names it, its format, the SHA-256 of
/// its bytes, and the path DuckDB reads (the file itself, or for gzip its unpacked temporary copy,
/// which <see cref="Dispose"/> deletes).
/// </summary>
internal sealed record DataFile(string Table, string FullPath, string DisplayPath, bool IsParquet, string Sha256, string ReadPath) : IDisposable
{
    public void Dispose()
    {
        if (ReadPath != FullPath)
        {
            File.Delete(ReadPath);
        }
    }

    /// <summary>
    /// The file, or null with SPM4707 when it is missing, not a regular file, of another format or a
    /// broken or oversized gzip. Hashed as a stream: data files may be far larger than any evidence
    /// pack and are never held in memory.
    /// </summary>
    public static DataFile? Open(string table, string fullPath, string displayPath, SourceSpan at, DiagnosticBag diagnostics)
    {
        var extension = fullPath.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) ? ".csv.gz" : Path.GetExtension(fullPath).ToLowerInvariant();
        if (extension is not (".csv" or ".csv.gz" or ".parquet"))
        {
            diagnostics.Add(DiagnosticCatalog.DataFileUnreadable(at, displayPath, "tables are read from .csv, .csv.gz or .parquet files"));
            return null;
        }

        string? unpacked = null;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists || info.Attributes.HasFlag(FileAttributes.Directory))
            {
                diagnostics.Add(DiagnosticCatalog.DataFileUnreadable(at, displayPath, "there is no such file"));
                return null;
            }

            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (extension != ".csv.gz")
            {
                return new DataFile(table, fullPath, displayPath, extension == ".parquet", Convert.ToHexStringLower(SHA256.HashData(stream)), fullPath);
            }

            unpacked = Path.Combine(Path.GetTempPath(), $"spm-audit-{Guid.NewGuid():N}.csv");
            var sha256 = Unpack(stream, unpacked);
            return new DataFile(table, fullPath, displayPath, IsParquet: false, sha256, unpacked);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            if (unpacked is not null)
            {
                File.Delete(unpacked);
            }

            var reason = e switch
            {
                InvalidDataException => "it is not a valid gzip file",
                TooLarge => $"it unpacks to more than {InputLimits.MaxUnpackedDataBytes / (1024 * 1024 * 1024)} GiB; give it as Parquet",
                _ => e.Message,
            };
            diagnostics.Add(DiagnosticCatalog.DataFileUnreadable(at, displayPath, reason));
            return null;
        }
    }

    /// <summary>
    /// Hashes the compressed bytes and unpacks them in the same pass. DuckDB can split a plain CSV
    /// between its threads, but reads a compressed one on a single thread, which at a million loans
    /// costs more than unpacking here first.
    /// </summary>
    private static string Unpack(FileStream compressed, string target)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var hashing = new HashingStream(compressed, hash);
        using var gzip = new GZipStream(hashing, CompressionMode.Decompress);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var output = new FileStream(target, options))
        {
            var buffer = new byte[1 << 20];
            long written = 0;
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                written += read;
                if (written > InputLimits.MaxUnpackedDataBytes)
                {
                    throw new TooLarge();
                }

                output.Write(buffer, 0, read);
            }
        }

        // Bytes after the gzip stream's end still belong to the file and to its fingerprint.
        hashing.CopyTo(Stream.Null);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class TooLarge : IOException;

    /// <summary>A read-only stream that feeds every byte it reads into a hash.</summary>
    private sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            hash.AppendData(buffer[..read]);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
