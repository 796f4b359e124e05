using System.Diagnostics;
using SpmAudit.Tests;
using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

/// <summary>
/// What the process does when its surroundings fail: an output that cannot be written, a reader
/// that goes away, an interrupt in the middle of a batch. Each ends with a message and a
/// documented exit code, never an internal error and never a silent success.
/// </summary>
public sealed class ProcessContractTests
{
    private const string UniversalStandards = "rulesets/universal-standards/universal-standards.spm";
    private const string Sahel = "rulesets/examples/sahel-solidarity-finance.yaml";

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_out_is_misuse(string output)
    {
        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence", Sahel, "--out", output);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--out needs a file name");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void A_full_disk_on_standard_output_is_exit_1_with_a_message()
    {
        var (exit, stderr) = Shell($"{Tool} audit --ruleset {UniversalStandards} --evidence {Sahel} --format html > /dev/full");

        exit.ShouldBe(1);
        stderr.ShouldContain("cannot write to standard output");
        stderr.ShouldNotContain("internal error");
    }

    [Fact]
    public void A_reader_that_closes_the_pipe_early_is_exit_1_not_success()
    {
        // The HTML report is far larger than a pipe's buffer, so the write meets the closed pipe.
        var (exit, stderr) = Shell($"{Tool} audit --ruleset {UniversalStandards} --evidence {Sahel} --format html | head -c 10 > /dev/null; exit ${{PIPESTATUS[0]}}");

        exit.ShouldBe(1);
        stderr.ShouldContain("cannot write to standard output");
    }

    [Fact]
    public void Out_naming_a_device_is_misuse()
    {
        // Replacing /dev/full by a renamed file is not what anyone means; standard output is for streams.
        var (exit, stderr) = Shell($"{Tool} audit --ruleset {UniversalStandards} --evidence {Sahel} --out /dev/full");

        exit.ShouldBe(2);
        stderr.ShouldContain("is a device or a pipe");
    }

    [Theory]
    [InlineData("--format", "md")]
    [InlineData("--gaps")]
    [InlineData("--explain", "1.1.1")]
    [InlineData("--lang", "fr")]
    [InlineData("--template-dir", "docs")]
    public void A_batch_refuses_options_it_cannot_honour(params string[] option)
    {
        var run = Execute(["audit", "--ruleset", UniversalStandards, "--evidence-dir", "rulesets/examples", .. option]);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain($"{option[0]} applies to the audit of one pack");
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void A_batch_over_a_folder_without_packs_is_exit_1()
    {
        var empty = Directory.CreateTempSubdirectory("spm-empty-").FullName;
        try
        {
            var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence-dir", empty);

            run.ExitCode.ShouldBe(1);
            run.Stderr.ShouldContain("holds no evidence packs");
            run.Stdout.ShouldNotContain("mean score");
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public async Task An_interrupted_batch_ends_at_a_whole_line_and_says_it_was_interrupted()
    {
        var folder = Directory.CreateTempSubdirectory("spm-interrupt-").FullName;
        try
        {
            var pack = File.ReadAllText(RepositoryPaths.Combine(Sahel.Split('/')));
            for (var i = 0; i < 20_000; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"pack-{i:D5}.yaml"), pack);
            }

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
            foreach (var arg in new[] { ToolDll, "audit", "--ruleset", UniversalStandards, "--evidence-dir", folder, "--parallel", "1" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var first = await process.StandardOutput.ReadLineAsync();
            first.ShouldNotBeNull();
            Shell($"kill -INT {process.Id}");
            var rest = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            var output = first + "\n" + rest;
            output.ShouldEndWith("\n");
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Length.ShouldBeLessThan(20_000);
            lines.ShouldAllBe(l => l.StartsWith('{') && l.EndsWith('}'));
            (await stderr).ShouldContain($"Interrupted: {lines.Length} of 20000 packs done");
            process.ExitCode.ShouldBe(1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ToolDll => Path.Combine(AppContext.BaseDirectory, "spm-audit.dll");

    private static string Tool => $"dotnet {ToolDll}";

    private static (int Exit, string Stderr) Shell(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stderr);
    }
}
