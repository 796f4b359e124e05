using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Reading;

/// <summary>Turns the bytes of one evidence file into a neutral <see cref="EvidenceDocument"/>, reporting its format's problems.</summary>
public interface IEvidenceReader
{
    /// <summary>A short name of the format, for messages ("YAML", "CSV answer sheet").</summary>
    string Format { get; }

    /// <summary>The document, or null when the file is too broken to read (the diagnostics say why).</summary>
    EvidenceDocument? Read(string path, byte[] bytes, DiagnosticBag diagnostics);
}
