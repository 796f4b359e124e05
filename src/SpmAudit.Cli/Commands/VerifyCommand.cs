using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Versioning;
using SpmAudit.Reporting.Verification;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit verify &lt;result.json&gt; --ruleset R --evidence E</c>: re-runs the audit and says whether
/// the recorded result is reproduced exactly (exit 0), or names each input file that changed, or the
/// first field that differs (exit 1).
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var result = new Argument<string>("result") { Description = "A result document written by 'audit --format json'" };
        var ruleset = new Option<string>("--ruleset") { Description = CommonOptions.RulesetDescription, Required = true };
        var evidence = new Option<string>("--evidence") { Description = "The evidence pack the result was computed from", Required = true };
        var command = new Command("verify", "Re-run an audit and check that a recorded result is reproduced exactly") { result, ruleset, evidence };
        command.SetAction(parsed => Run(parsed.GetValue(result)!, parsed.GetValue(ruleset)!, parsed.GetValue(evidence)!));
        return command;
    }

    private static int Run(string resultPath, string rulesetSpec, string evidencePath)
    {
        var shown = DisplayPath.Of(resultPath, Environment.CurrentDirectory);
        var diagnostics = new DiagnosticBag();
        var recorded = InputText.Read(resultPath, shown, SourceSpan.None(shown), diagnostics);
        if (recorded is null)
        {
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        // Compiled and audited exactly as 'audit' does, ruleset warnings included, so the documents can be equal.
        var compilation = RulesetLocator.Compile(rulesetSpec);
        var outcome = compilation.Success
            ? Auditor.Audit(CompiledRuleset.Create(compilation.Ruleset!), evidencePath, compilation.Diagnostics)
            : new AuditOutcome(null, compilation.Diagnostics);
        DiagnosticPrinter.Print(outcome.Diagnostics, "text", Console.Error);
        if (outcome.Result is not { } fresh)
        {
            return ExitCodes.InputErrors;
        }

        var evidenceShown = DisplayPath.Of(evidencePath, Environment.CurrentDirectory);
        if (ResultVerifier.Verify(shown, recorded, fresh, evidenceShown, diagnostics) is not { } differences)
        {
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        var engine = ResultVerifier.RecordedEngine(recorded);
        var by = engine is null || engine == EngineVersion.Current ? "" : $" (recorded by SpmAudit {engine}, re-run with {EngineVersion.Current})";
        if (differences.Count == 0)
        {
            Console.Out.WriteLine($"identical: {shown} is reproduced exactly from {rulesetSpec} and {evidenceShown}{by}.");
            return ExitCodes.Success;
        }

        Console.Out.WriteLine($"different: {shown} is not reproduced{by}:");
        foreach (var difference in differences)
        {
            Console.Out.WriteLine($"  {difference}");
        }

        return ExitCodes.InputErrors;
    }
}
