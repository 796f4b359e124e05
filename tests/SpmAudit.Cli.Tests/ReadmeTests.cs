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

    [Fact]
    public void Install_section_first_run_is_the_session_a_golden_case_runs()
    {
        var firstRun = CodeBlock("## Install as a .NET tool", 1);
        var session = File.ReadAllLines(Path.Combine(CommandCaseTests.CasesRoot, "init-then-audit-gives-a-first-report", "commands.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('@'));

        firstRun.ShouldBe(session.Select(l => "spm-audit " + l));
    }

    [Fact]
    public void Install_section_installs_the_package_from_the_folder_it_was_packed_into()
    {
        var install = CodeBlock("## Install as a .NET tool", 0);

        install[0].ShouldStartWith("dotnet pack src/SpmAudit.Cli -c Release -o ./packages");
        install[1].ShouldBe("dotnet tool install --global --add-source ./packages SpmAudit.Cli");
    }

    private static string[] ReadQuickStart() => CodeBlock("## Quick start", 0);

    /// <summary>The lines of the n-th fenced block (from 0) after a heading.</summary>
    private static string[] CodeBlock(string heading, int index)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
        var close = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        var open = close;
        for (var i = 0; i <= index; i++)
        {
            open = Array.FindIndex(lines, close + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        }

        return lines[(open + 1)..close];
    }
}
