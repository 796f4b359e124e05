using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

/// <summary>The four exit codes the README documents, each reached by the process and none with a stack trace.</summary>
public sealed class ExitCodeTests
{
    private const string UniversalStandards = "rulesets/universal-standards/universal-standards.spm";

    [Fact]
    public void Zero_is_success()
    {
        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence", "rulesets/examples/credito-rapido.yaml", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldStartWith("{");
    }

    [Fact]
    public void One_is_an_input_with_errors()
    {
        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence", "rulesets/examples/does-not-exist.yaml");

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("error SPM");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Two_is_a_wrong_command_line()
    {
        var run = Execute("audit", "--ruleset", UniversalStandards, "--no-such-option");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--no-such-option");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Seventy_is_a_bug_reported_in_one_line()
    {
        var run = Execute(new Dictionary<string, string> { ["SPM_AUDIT_SIMULATE_BUG"] = "1" }, "check", UniversalStandards);

        run.ExitCode.ShouldBe(70);
        run.Stderr.ShouldStartWith("spm-audit: internal error (InvalidOperationException: simulated bug");
        // The one line names the exception type for the bug report; no stack trace follows it.
        run.Stderr.Trim().Split('\n').Length.ShouldBe(1);
        run.Stderr.ShouldNotContain("   at ");
    }
}
