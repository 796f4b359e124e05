using System.Security.Cryptography;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;

namespace SpmAudit.Engine.Reading;

/// <summary>Reads one evidence file from disk with the reader its extension names; the file is only read, never written.</summary>
public static class EvidenceFileReader
{
    /// <summary>
    /// The document and the SHA-256 of the file's bytes, or null when the file cannot be read at all.
    /// A document with format errors is still returned, so that the binder reports the rest in the same run.
    /// </summary>
    public static ReadEvidence? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        if (EvidenceReaders.For(path) is not { } reader)
        {
            diagnostics.Add(DiagnosticCatalog.UnsupportedEvidenceFormat(SourceSpan.None(displayPath), displayPath, string.Join(", ", EvidenceReaders.Extensions)));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = InputFile.Read(path);
        }
        catch (InputRefusedException refused)
        {
            diagnostics.Add(refused.ToDiagnostic(SourceSpan.None(displayPath), displayPath));
            return null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound(SourceSpan.None(displayPath), displayPath));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(SourceSpan.None(displayPath), displayPath, e.Message));
            return null;
        }

        var read = Read(displayPath, bytes, reader, diagnostics);
        // Data files are named relative to the pack: keep the folder it really is in, whatever the display path.
        return read?.Document.Data is { } data
            ? read with { Document = read.Document with { Data = data with { Folder = Path.GetDirectoryName(Path.GetFullPath(path)) } } }
            : read;
    }

    /// <summary>Reads bytes already in memory (tests, benchmarks, bundles) with the given reader.</summary>
    public static ReadEvidence? Read(string displayPath, byte[] bytes, IEvidenceReader reader, DiagnosticBag diagnostics) =>
        reader.Read(displayPath, bytes, diagnostics) is { } document ? new ReadEvidence(document, Convert.ToHexStringLower(SHA256.HashData(bytes))) : null;
}

/// <summary>An evidence file as read: its neutral document and the SHA-256 of its bytes.</summary>
public sealed record ReadEvidence(EvidenceDocument Document, string Sha256);
