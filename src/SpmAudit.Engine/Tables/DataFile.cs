using System.Security.Cryptography;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Tables;

/// <summary>A data file named by a pack: where it is, how the display names it, its format and the SHA-256 of its bytes.</summary>
internal sealed record DataFile(string Table, string FullPath, string DisplayPath, bool IsParquet, string Sha256)
{
    /// <summary>
    /// The file, or null with SPM4707 when it is missing, not a regular file or of another format.
    /// Hashed as a stream: data files may be far larger than any evidence pack and are never held in memory.
    /// </summary>
    public static DataFile? Open(string table, string fullPath, string displayPath, SourceSpan at, DiagnosticBag diagnostics)
    {
        var extension = fullPath.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase) ? ".csv.gz" : Path.GetExtension(fullPath).ToLowerInvariant();
        if (extension is not (".csv" or ".csv.gz" or ".parquet"))
        {
            diagnostics.Add(DiagnosticCatalog.DataFileUnreadable(at, displayPath, "tables are read from .csv, .csv.gz or .parquet files"));
            return null;
        }

        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists || info.Attributes.HasFlag(FileAttributes.Directory))
            {
                diagnostics.Add(DiagnosticCatalog.DataFileUnreadable(at, displayPath, "there is no such file"));
                return null;
            }

            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return new DataFile(table, fullPath, displayPath, extension == ".parquet", Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.DataFileUnreadable(at, displayPath, e.Message));
            return null;
        }
    }
}
