using SpmAudit.Cli.Output;
using SpmAudit.Engine.Analysis;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Multi;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit audit --ruleset A --ruleset B … --evidence E</c>: the pack audited against each ruleset
/// in turn, in one report (a summary table and a section per ruleset) in any report format.
/// </summary>
internal static class MultiAudit
{
    public static int Refuse(string option)
    {
        Console.Error.WriteLine($"spm-audit: {option} applies to an audit against one ruleset; give --ruleset once, or leave {option} out to get one report for the several rulesets.");
        return ExitCodes.Misuse;
    }

    public static int Run(string[] rulesets, string evidence, string formatName, ReportOptions options, string? output, bool plan, string? function, bool trustScripts)
    {
        if (OutputTarget.Refusal(output, [.. rulesets, evidence]) is { } refusal)
        {
            return refusal;
        }

        var format = ReportFormats.Find(formatName)!;
        if (format.NeedsOutputFile && output is null)
        {
            Console.Error.WriteLine($"spm-audit: --format {format.Name} writes a binary file: name it with --out.");
            return ExitCodes.Misuse;
        }

        var audits = new List<(AuditResult Result, ReportExtras Extras)>();
        var printed = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;
        foreach (var spec in rulesets)
        {
            var compilation = Language.Scripting.ScriptTrust.Apply(RulesetLocator.Compile(spec), trustScripts);
            if (compilation.Success && OutputTarget.Refusal(output, compilation.Files) is { } imported)
            {
                return imported;
            }

            var outcome = compilation.Success
                ? Auditor.Audit(CompiledRuleset.Create(compilation.Ruleset!), evidence, compilation.Diagnostics)
                : new AuditOutcome(null, compilation.Diagnostics);
            // The pack is read once per ruleset; a warning about the pack itself is printed once.
            DiagnosticPrinter.Print(outcome.Diagnostics.Where(d => printed.Add(d.ToString())), "text", Console.Error);
            if (outcome.Result is not { } result)
            {
                failed = true;
                continue;
            }

            audits.Add((result, new ReportExtras(plan ? ActionPlanner.Plan(result, function) : null, null)));
        }

        if (failed)
        {
            return ExitCodes.InputErrors;
        }

        var rendered = MultiRulesetReport.Render(format.Name, audits, options);
        DiagnosticPrinter.Print(rendered.Diagnostics, "text", Console.Error);
        if (rendered.Problem is { } problem)
        {
            Console.Error.WriteLine($"spm-audit: {problem}");
        }

        return rendered.Bytes is { } bytes ? ReportWriter.Write(bytes, output) : ExitCodes.InputErrors;
    }
}
