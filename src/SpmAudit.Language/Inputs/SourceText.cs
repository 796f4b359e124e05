using System.Buffers;
using System.Text;
using System.Text.Unicode;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Inputs;

/// <summary>
/// Decodes input files: UTF-8, with or without the byte-order mark some editors write. UTF-16 and
/// UTF-32 files, and bytes that are not UTF-8 (Latin-1 text, say), are refused with the encoding or
/// the byte offset, never read as replacement characters. CR, LF and CRLF all end a line: every
/// line ending becomes LF, so positions count lines the way editors do.
/// </summary>
public static class SourceText
{
    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];

    /// <summary>The text, or null when the bytes are not UTF-8 (the diagnostic says why and where).</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        if (WideEncoding(bytes) is { } encoding)
        {
            diagnostics.Add(DiagnosticCatalog.UnsupportedEncoding(new SourceSpan(path, 1, 1), path, $"is {encoding}"));
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Utf8Mark) ? 3 : 0;
        var chars = new char[bytes.Length - start];
        var status = Utf8.ToUtf16(bytes.AsSpan(start), chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = start + read;
            var before = Encoding.UTF8.GetString(bytes, start, read);
            var line = 1 + before.Count(c => c == '\n');
            var column = before.Length - before.LastIndexOf('\n');
            diagnostics.Add(DiagnosticCatalog.UnsupportedEncoding(new SourceSpan(path, line, column), path, $"has a byte that is not UTF-8 at offset {offset} (0x{bytes[offset]:X2})"));
            return null;
        }

        return Lines(new string(chars, 0, written));
    }

    /// <summary>Every CRLF and every lone CR as LF.</summary>
    public static string Lines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static string? WideEncoding(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((byte[])[0xFF, 0xFE, 0, 0]) || span.StartsWith((byte[])[0, 0, 0xFE, 0xFF]))
        {
            return "UTF-32 (save it as UTF-8)";
        }

        if (span.StartsWith((byte[])[0xFF, 0xFE]) || span.StartsWith((byte[])[0xFE, 0xFF]))
        {
            return "UTF-16 (save it as UTF-8)";
        }

        // Without a byte-order mark, UTF-16 text shows as a zero byte beside each ASCII letter.
        return span.Length >= 4 && ((span[0] != 0 && span[1] == 0 && span[2] != 0 && span[3] == 0) || (span[0] == 0 && span[1] != 0 && span[2] == 0 && span[3] != 0))
            ? "UTF-16 without a byte-order mark (save it as UTF-8)"
            : null;
    }
}
