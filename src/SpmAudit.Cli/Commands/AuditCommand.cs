using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Cli.Commands;

/// <summary><c>spm-audit audit --ruleset R --evidence E [--format json|md] [--out F]</c>.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var ruleset = new Option<string>("--ruleset") { Description = "Ruleset file (.spm or .yaml)", Required = true };
        var evidence = new Option<string>("--evidence") { Description = "Evidence pack (.yaml)", Required = true };
        var format = new Option<string>("--format") { Description = "Report format: json (stable document) or md", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" };
        var templates = new Option<string?>("--template-dir") { Description = "Folder whose templates override the built-in ones" };
        var command = new Command("audit", "Evaluate an institution's evidence against a ruleset and report the scores")
        {
            ruleset, evidence, format, output, templates,
        };
        command.SetAction(result => Run(
            result.GetValue(ruleset)!, result.GetValue(evidence)!, result.GetValue(format)!, result.GetValue(output), result.GetValue(templates)));
        return command;
    }

    private static int Run(string ruleset, string evidence, string format, string? output, string? templates)
    {
        if (output is not null && IsInput(output, ruleset, evidence))
        {
            Console.Error.WriteLine("spm-audit: --out names an input file; inputs are never overwritten.");
            return ExitCodes.Misuse;
        }

        var outcome = Auditor.Audit(ruleset, evidence);
        DiagnosticPrinter.Print(outcome.Diagnostics, "text", Console.Error);
        if (outcome.Result is not { } result)
        {
            return ExitCodes.InputErrors;
        }

        string text;
        if (format == "json")
        {
            text = AuditJsonWriter.Write(result);
        }
        else
        {
            var rendered = ReportRenderer.Render(result, "audit.md.sbn", templates);
            DiagnosticPrinter.Print(rendered.Diagnostics, "text", Console.Error);
            if (rendered.Text is null)
            {
                return ExitCodes.InputErrors;
            }

            text = rendered.Text;
        }

        return ReportWriter.Write(text, output);
    }

    private static bool IsInput(string output, params string[] inputs) =>
        inputs.Any(i => string.Equals(Path.GetFullPath(i), Path.GetFullPath(output), StringComparison.Ordinal));
}
