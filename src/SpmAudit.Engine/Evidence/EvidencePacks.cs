using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evidence;

/// <summary>
/// Reading and binding together, for a file on disk or bytes in memory: the reader of the file's
/// format gives a neutral document whose every value carries its position (formats end there: a
/// new one is a new reader and nothing after changes), and the binder checks it against the
/// ruleset's dictionary. Null when anything has an error; the diagnostics say what.
/// </summary>
public static class EvidencePacks
{
    public static EvidencePack? Load(string path, Ruleset ruleset, DiagnosticBag diagnostics, string? displayPath = null)
    {
        var before = diagnostics.ErrorCount;
        var read = EvidenceFileReader.Read(path, displayPath ?? path, diagnostics);
        return Bind(read, ruleset, diagnostics, before);
    }

    public static EvidencePack? Parse(string displayPath, byte[] bytes, Ruleset ruleset, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        if (EvidenceReaders.For(displayPath) is not { } reader)
        {
            diagnostics.Add(DiagnosticCatalog.UnsupportedEvidenceFormat(SourceSpan.None(displayPath), displayPath, string.Join(", ", EvidenceReaders.Extensions)));
            return null;
        }

        return Bind(EvidenceFileReader.Read(displayPath, bytes, reader, diagnostics), ruleset, diagnostics, before);
    }

    /// <summary>Binding alone, for a document read from somewhere other than a file (a pack inside a test case).</summary>
    public static EvidencePack? Bind(EvidenceDocument document, string sha256, Ruleset ruleset, DiagnosticBag diagnostics) =>
        Bind(new ReadEvidence(document, sha256), ruleset, diagnostics, diagnostics.ErrorCount);

    private static EvidencePack? Bind(ReadEvidence? read, Ruleset ruleset, DiagnosticBag diagnostics, int errorsBefore)
    {
        var pack = read is null ? null : EvidenceBinder.Bind(read.Document, read.Sha256, ruleset, diagnostics);
        return diagnostics.ErrorCount > errorsBefore ? null : pack;
    }
}
