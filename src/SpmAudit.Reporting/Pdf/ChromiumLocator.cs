namespace SpmAudit.Reporting.Pdf;

/// <summary>
/// Finds the Chromium that prints PDF reports: the executable named by SPM_CHROMIUM, else the first
/// of chromium, chromium-browser, google-chrome on PATH. SpmAudit never downloads a browser.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "SPM_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            // An explicit choice that points nowhere is reported, not silently replaced by another browser.
            return ExecutableSearch.IsExecutable(configured) ? configured : null;
        }

        return Names.Select(ExecutableSearch.OnPath).FirstOrDefault(p => p is not null);
    }

    /// <summary>Why <see cref="Find"/> found nothing, and what to do about it.</summary>
    public static string NotFoundMessage() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? $"{EnvironmentVariable} is set to '{configured}', which is not an executable file."
            : $"no Chromium was found (looked for {string.Join(", ", Names)} on PATH). Install one (e.g. 'apt-get install chromium') or set {EnvironmentVariable} to its path.";
}
