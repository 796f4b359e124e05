using System.Text.Json;
using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

public sealed class AnalysisCommandTests
{
    private const string UniversalStandards = "rulesets/universal-standards/universal-standards.spm";
    private const string SwiftCash = "rulesets/examples/swift-cash-finance.yaml";

    [Fact]
    public void Explain_prints_the_trace_of_one_indicator_with_its_evidence()
    {
        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence", SwiftCash, "--explain", "4.A.1.1");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("status: not_met");
        run.Stdout.ShouldContain("documented >= min_sample_share = no");
        run.Stdout.ShouldContain("credit.files_sampled = 50");
    }

    [Fact]
    public void Explain_of_an_unknown_indicator_is_misuse_with_a_suggestion()
    {
        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence", SwiftCash, "--explain", "4.A.1.11");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("Did you mean");
    }

    [Fact]
    public void Gaps_print_the_ranked_list_and_the_path_to_the_next_grade()
    {
        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence", SwiftCash, "--gaps");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("Gaps, critical indicators first, then ranked by how much the overall score would rise");
        run.Stdout.ShouldContain("Path from grade C to B:");
        run.Stdout.ShouldContain("4.A.1.1");
    }

    [Fact]
    public void A_batch_writes_one_json_line_per_pack_and_a_summary()
    {
        var output = Path.Combine(Path.GetTempPath(), $"spm-batch-{Guid.NewGuid():N}.jsonl");

        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence-dir", "rulesets/examples", "--out", output, "--parallel", "2");

        run.ExitCode.ShouldBe(0);
        var lines = File.ReadAllLines(output);
        // Every evidence file of the folder, whatever its format (the YAML packs and the CSV answer sheet).
        var packs = Directory.GetFiles(Path.Combine(SpmAudit.Tests.RepositoryPaths.Rulesets, "examples")).Where(f => Path.GetExtension(f) is ".yaml" or ".csv").ToList();
        lines.Length.ShouldBe(packs.Count);
        lines.ShouldContain(l => l.Contains("sahel-solidarity-finance.csv", StringComparison.Ordinal) && !l.Contains("\"errors\"", StringComparison.Ordinal));
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("grade").GetString().ShouldNotBeNullOrEmpty();
        run.Stdout.ShouldContain("Mean score by dimension:");
        File.Delete(output);
    }

    [Fact]
    public void Evidence_and_evidence_dir_together_are_misuse()
    {
        Execute("audit", "--ruleset", UniversalStandards, "--evidence", SwiftCash, "--evidence-dir", "rulesets/examples").ExitCode.ShouldBe(2);
        Execute("audit", "--ruleset", UniversalStandards).ExitCode.ShouldBe(2);
    }
}
