namespace SpmAudit.Cli.Output;

internal static class ReportWriter
{
    /// <summary>Writes a report to a file, or to standard output when no file is named.</summary>
    public static int Write(string text, string? path)
    {
        if (path is null)
        {
            Console.Out.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(path, text);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"spm-audit: cannot write '{path}': {e.Message}");
            return ExitCodes.InputErrors;
        }
    }
}
