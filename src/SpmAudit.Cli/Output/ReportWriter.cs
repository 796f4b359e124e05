namespace SpmAudit.Cli.Output;

/// <summary>Writes a report to standard output, or to a file through <see cref="AtomicFile"/>: the old file or the new one, never half.</summary>
internal static class ReportWriter
{
    public static int Write(string text, string? path) => Write(System.Text.Encoding.UTF8.GetBytes(text), path);

    public static int Write(byte[] bytes, string? path)
    {
        if (path is null)
        {
            GuardedWriter.Guard(() =>
            {
                GuardedWriter.StandardOutput.Write(bytes);
                GuardedWriter.StandardOutput.Flush();
            });
            return ExitCodes.Success;
        }

        try
        {
            AtomicFile.Write(path, bytes);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"spm-audit: cannot write '{path}': {e.Message}");
            return ExitCodes.InputErrors;
        }
    }
}
