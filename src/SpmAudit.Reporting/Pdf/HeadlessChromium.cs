using System.Diagnostics;

namespace SpmAudit.Reporting.Pdf;

/// <summary>
/// Runs Chromium headless on one local file: printing, DOM dumps and screenshots all go through here.
/// Each run gets a fresh profile folder, so parallel runs never share a profile lock and nothing of
/// the user's own browser profile is read. Background networking is off; the report needs none.
/// </summary>
public static class HeadlessChromium
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr, bool TimedOut)
    {
        public bool Succeeded => !TimedOut && ExitCode == 0;
    }

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    public static Run Execute(string chromium, string file, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var profile = Directory.CreateTempSubdirectory("spm-chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string[] common =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}",
            ];
            foreach (var argument in common.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {chromium}.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? DefaultTimeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new Run(-1, stdout.Result, stderr.Result, TimedOut: true);
            }

            return new Run(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
        }
        finally
        {
            TryDelete(profile.FullName);
        }
    }

    /// <summary>Chromium's helper processes may still hold files for a moment; a leftover temp folder is not worth failing for.</summary>
    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
