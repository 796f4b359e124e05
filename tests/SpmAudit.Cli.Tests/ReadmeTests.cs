using SpmAudit.Tests;
using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

/// <summary>The README's quick start is exactly two commands; both must stay true.</summary>
public sealed class ReadmeTests
{
    private static readonly string[] QuickStart = ReadQuickStart();

    [Fact]
    public void Quick_start_has_exactly_two_commands() => QuickStart.Length.ShouldBe(2);

    [Fact]
    public void Quick_start_audit_runs_a_real_audit_of_a_shipped_example()
    {
        const string prefix = "dotnet run --project src/SpmAudit.Cli -- ";
        QuickStart[0].ShouldStartWith(prefix);

        var run = Execute(QuickStart[0][prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldStartWith("# Social performance audit");
        run.Stdout.ShouldContain("| Grade | **");
    }

    [Fact]
    public void Ci_runs_the_readme_test_command()
    {
        QuickStart[1].ShouldStartWith("dotnet test");
        File.ReadAllText(RepositoryPaths.Combine(".ci", "run")).ShouldContain(QuickStart[1]);
    }

    private static string[] ReadQuickStart()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Quick start", StringComparison.Ordinal));
        var open = Array.FindIndex(lines, start, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return lines[(open + 1)..close];
    }
}
