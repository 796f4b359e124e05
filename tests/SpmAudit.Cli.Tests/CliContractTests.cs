using System.Text.Json;
using SpmAudit.Tests;
using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

public sealed class CliContractTests
{
    private const string UniversalStandards = "rulesets/universal-standards/universal-standards.spm";
    private static readonly string BrokenRuleset = "tests/SpmAudit.Language.Tests/Cases/3006-operator-type-mismatch/ruleset.spm";
    private static readonly string SyntaxErrors = "tests/SpmAudit.Language.Tests/Cases/1001-syntax-errors-are-all-reported/ruleset.spm";
    private static readonly string SampleRuleset = "tests/SpmAudit.Reporting.Tests/Cases/Sample/ruleset.spm";
    private static readonly string SampleEvidence = "tests/SpmAudit.Reporting.Tests/Cases/Sample/evidence.yaml";

    [Fact]
    public void Check_of_the_shipped_ruleset_exits_0_and_prints_nothing()
    {
        var run = Execute("check", UniversalStandards);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Check_reports_every_error_with_code_file_line_and_column_and_exits_1()
    {
        var run = Execute("check", SyntaxErrors);

        run.ExitCode.ShouldBe(1);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines.ShouldAllBe(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\S+\(\d+,\d+\): error SPM\d{4}: .+$"));
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Check_prints_diagnostics_as_json_on_request()
    {
        var run = Execute("check", BrokenRuleset, "--format", "json");

        run.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(run.Stdout);
        var first = json.RootElement.EnumerateArray().First();
        first.GetProperty("code").GetString().ShouldBe("SPM3006");
        first.GetProperty("line").GetInt32().ShouldBeGreaterThan(0);
        first.GetProperty("column").GetInt32().ShouldBeGreaterThan(0);
        first.GetProperty("path").GetString()!.ShouldEndWith("ruleset.spm");
    }

    [Fact]
    public void Audit_prints_the_stable_json_document()
    {
        var run = Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence);

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "schemaVersion", "ruleset", "institution", "evidenceSha256", "score", "grade", "coverage", "nodes", "indicators" })
        {
            root.TryGetProperty(field, out _).ShouldBeTrue($"missing '{field}'");
        }

        root.GetProperty("ruleset").GetProperty("sha256").GetString()!.Length.ShouldBe(64);
        var indicator = root.GetProperty("indicators")[0];
        foreach (var field in new[] { "id", "status", "points", "weight", "critical", "evidence" })
        {
            indicator.TryGetProperty(field, out _).ShouldBeTrue($"indicator lacks '{field}'");
        }
    }

    [Fact]
    public void Audit_with_a_broken_evidence_pack_exits_1_with_located_diagnostics()
    {
        var run = Execute("audit", "--ruleset", "tests/SpmAudit.Engine.Tests/Cases/Evidence/ruleset.spm",
            "--evidence", "tests/SpmAudit.Engine.Tests/Cases/Evidence/4002-wrong-type/evidence.yaml");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain("evidence.yaml(3,18): error SPM4002");
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("audit", "--ruleset", "x.spm")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    [InlineData("audit", "--ruleset", "x.spm", "--evidence", "y.yaml", "--format", "pdfx")]
    public void Misuse_of_the_command_line_exits_2(params string[] args)
    {
        var run = Execute(args);

        run.ExitCode.ShouldBe(2);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void A_missing_ruleset_file_is_an_input_error_not_a_crash()
    {
        var run = Execute("audit", "--ruleset", "nowhere.spm", "--evidence", SampleEvidence);

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("SPM0001");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Out_writes_the_report_and_refuses_to_overwrite_an_input()
    {
        var before = File.ReadAllBytes(RepositoryPaths.Combine(SampleEvidence.Split('/')));
        var target = Path.Combine(Path.GetTempPath(), $"spm-report-{Guid.NewGuid():N}.md");

        Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--format", "md", "--out", target).ExitCode.ShouldBe(0);
        File.ReadAllText(target).ShouldStartWith("# Social performance audit");
        Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--out", SampleEvidence).ExitCode.ShouldBe(2);
        File.ReadAllBytes(RepositoryPaths.Combine(SampleEvidence.Split('/'))).ShouldBe(before);
        File.Delete(target);
    }
}
