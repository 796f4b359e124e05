using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Cli.Output;

/// <summary>
/// Writes a file whole or not at all: a temporary file in the same folder, flushed to disk, then
/// renamed over the target. A crash at any moment leaves the old file or the new one, never half.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        using var file = new AtomicStream(path);
        file.Stream.Write(bytes);
        file.Commit();
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

/// <summary>A file written as a stream that takes its name only when <see cref="Commit"/> is called; disposed uncommitted, it leaves nothing.</summary>
internal sealed class AtomicStream : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    public AtomicStream(string path)
    {
        _target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(folder);
        _temporary = Path.Combine(folder, $".{Path.GetFileName(_target)}.{Guid.NewGuid():N}.tmp");
        Stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }

    public FileStream Stream { get; }

    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            File.Delete(_temporary);
        }
    }
}
