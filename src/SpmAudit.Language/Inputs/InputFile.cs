namespace SpmAudit.Language.Inputs;

/// <summary>
/// Reads an input file's bytes, refusing what is not a regular file (a device, a FIFO or a socket
/// could never end or never answer) and stopping at <see cref="InputLimits.MaxFileBytes"/>. The file
/// is opened for reading only.
/// </summary>
public static class InputFile
{
    /// <summary>The bytes; throws <see cref="InputRefusedException"/> for a refused input, or IOException when it cannot be read.</summary>
    public static byte[] Read(string path, long maxBytes = InputLimits.MaxFileBytes)
    {
        switch (FileIdentity.Of(path)?.Kind)
        {
            case null:
                throw new FileNotFoundException($"'{path}' does not exist.", path);
            case FileKind.Folder:
                throw new InputRefusedException(InputRefusal.Folder);
            case FileKind.Special:
                throw new InputRefusedException(InputRefusal.NotARegularFile);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                // The size on disk may lie (a growing file, a /proc entry): what is read decides.
                throw new InputRefusedException(InputRefusal.TooLarge, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>Why an input was not read.</summary>
public enum InputRefusal
{
    Folder,
    NotARegularFile,
    TooLarge,
}

/// <summary>An input refused before or while reading it; callers turn it into a located diagnostic.</summary>
public sealed class InputRefusedException(InputRefusal reason, long limit = InputLimits.MaxFileBytes) : IOException(reason.ToString())
{
    public InputRefusal Reason { get; } = reason;

    /// <summary>The size limit that was passed, for <see cref="InputRefusal.TooLarge"/>.</summary>
    public long Limit { get; } = limit;

    /// <summary>The diagnostic that says why, at the place the input was named.</summary>
    public Diagnostics.Diagnostic ToDiagnostic(Diagnostics.SourceSpan span, string path) => Reason switch
    {
        InputRefusal.TooLarge => Diagnostics.DiagnosticCatalog.FileTooLarge(span, path, Diagnostics.DiagnosticCatalog.Limit(Limit)),
        InputRefusal.NotARegularFile => Diagnostics.DiagnosticCatalog.NotARegularFile(span, path),
        _ => Diagnostics.DiagnosticCatalog.FileUnreadable(span, path, "it is a folder, not a file."),
    };
}
