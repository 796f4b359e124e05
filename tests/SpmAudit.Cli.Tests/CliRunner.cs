using System.Diagnostics;
using SpmAudit.Tests;

namespace SpmAudit.Cli.Tests;

/// <summary>Runs the real spm-audit executable as a process, from the repository root.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Execute(params string[] args) => Execute(new Dictionary<string, string>(), args);

    public static Run Execute(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        ExecuteIn(RepositoryPaths.Root, environment, args);

    /// <summary>Runs from another folder: how an installed tool is used, away from the repository.</summary>
    public static Run ExecuteIn(string folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spm-audit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A stack trace in user-facing output means an exception escaped: always a bug.</summary>
    public static void ShouldHaveNoStackTrace(this Run run)
    {
        (run.Stdout + run.Stderr).ShouldNotContain("   at ");
        (run.Stdout + run.Stderr).ShouldNotContain("Exception");
    }
}
