namespace SpmAudit.Cli.Output;

/// <summary>
/// Writes a report to standard output, or to a file atomically: the bytes go to a temporary file
/// in the same folder, which then replaces the target, so a crash leaves the old file or the new
/// one, never half of one.
/// </summary>
internal static class ReportWriter
{
    public static int Write(string text, string? path) => Write(System.Text.Encoding.UTF8.GetBytes(text), path);

    public static int Write(byte[] bytes, string? path)
    {
        if (path is null)
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
            stdout.Flush();
            return ExitCodes.Success;
        }

        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            Console.Error.WriteLine($"spm-audit: cannot write '{path}': {e.Message}");
            return ExitCodes.InputErrors;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the message about the write failure says enough.
        }
    }
}
