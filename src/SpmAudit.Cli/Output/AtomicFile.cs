using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Cli.Output;

/// <summary>Writes a file whole or not at all: a temporary file in the same folder, then a rename over the target.</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes each file in turn; the first that cannot be written stops the run, as a diagnostic.</summary>
    public static Diagnostic? WriteAll(IEnumerable<(string Path, byte[] Bytes)> files)
    {
        foreach (var (path, bytes) in files)
        {
            try
            {
                Write(path, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The platform's message names full paths; show them as every other path is shown.
                var shown = DisplayPath.Of(path, Environment.CurrentDirectory);
                var reason = e.Message.Replace(Environment.CurrentDirectory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
                return DiagnosticCatalog.CannotWrite(SourceSpan.None(shown), shown, reason);
            }
        }

        return null;
    }
}
