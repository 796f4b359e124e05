using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Testing;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Text;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit test &lt;ruleset-or-folder&gt; [--coverage-min N] [--format text|json] [--out F]</c>: runs the
/// '*.test.yaml' cases kept beside rulesets, prints the failures and the coverage, and ends with
/// 'N passed, N failed'. Exit 1 when a case fails, a file has errors or coverage is below N%.
/// </summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("path") { Description = "A ruleset (its cases beside it are run), a test case file (*.test.yaml) or a folder (every test case file below it)" };
        var minimum = new Option<double?>("--coverage-min") { Description = "Fail when a ruleset's indicator coverage (indicators decided by evidence in some case) is below this percentage" };
        var format = new Option<string>("--format") { Description = "text (the default) or json, for tools", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" };
        var trust = CommonOptions.TrustScripts();
        var command = new Command("test", "Run a ruleset's test cases: expected against actual statuses, scores, grades, caps and certifications, with coverage") { target, minimum, format, output, trust };
        command.SetAction(result => Run(result.GetValue(target)!, result.GetValue(minimum), result.GetValue(format)!, result.GetValue(output), result.GetValue(trust)));
        return command;
    }

    private static int Run(string target, double? minimum, string format, string? output, bool trustScripts)
    {
        if (minimum is < 0 or > 100)
        {
            Console.Error.WriteLine("spm-audit: --coverage-min is a percentage from 0 to 100.");
            return ExitCodes.Misuse;
        }

        var diagnostics = new DiagnosticBag();
        var files = TestRunner.Discover(target, diagnostics, DisplayPath.Of(target, Environment.CurrentDirectory));
        if (Inputs.Refusal(output, [target, .. files]) is { } refusal)
        {
            return refusal;
        }

        var run = new TestRunner(Environment.CurrentDirectory, trustScripts).Run(files);
        diagnostics.AddRange(run.Diagnostics);
        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        var written = ReportWriter.Write(format == "json" ? TestRunJsonWriter.Write(run) + "\n" : TestRunPrinter.Print(run), output);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        var below = minimum is { } min ? run.Coverage.Where(c => c.IndicatorPercent < min).ToList() : [];
        foreach (var coverage in below)
        {
            Console.Error.WriteLine($"spm-audit: indicator coverage of {coverage.Ruleset} is {TestRunPrinter.Percent(coverage.IndicatorPercent)}, below the {minimum}% asked for.");
        }

        return diagnostics.HasErrors || run.Failed > 0 || below.Count > 0 || run.Cases.IsEmpty ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
