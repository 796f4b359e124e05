using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Inputs;

/// <summary>
/// Reads one input file the way every command does: only a regular file, within the size limit,
/// decoded as UTF-8. Each refusal is a diagnostic at the place the file was named.
/// </summary>
public static class InputText
{
    /// <summary>The file's bytes, or null with a diagnostic.</summary>
    public static byte[]? ReadBytes(string path, string display, SourceSpan namedAt, DiagnosticBag diagnostics, long maxBytes = InputLimits.MaxFileBytes)
    {
        try
        {
            return InputFile.Read(path, maxBytes);
        }
        catch (InputRefusedException refused)
        {
            diagnostics.Add(refused.ToDiagnostic(namedAt, display));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound(namedAt, display));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(namedAt, display, e.Message));
        }

        return null;
    }

    /// <summary>The file's text, or null with a diagnostic.</summary>
    public static string? Read(string path, string display, SourceSpan namedAt, DiagnosticBag diagnostics, long maxBytes = InputLimits.MaxFileBytes) =>
        ReadBytes(path, display, namedAt, diagnostics, maxBytes) is { } bytes ? SourceText.Decode(bytes, display, diagnostics) : null;
}
