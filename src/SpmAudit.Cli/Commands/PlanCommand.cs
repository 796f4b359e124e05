using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Analysis;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Reporting.Localization;
using SpmAudit.Reporting.Plan;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit plan --ruleset R --evidence E --out plan.xlsx|plan.csv [--function F] [--lang L]</c>: the action
/// plan of an audit as a workbook or CSV to work on: every indicator not met, critical first, what would
/// make it met, the expected gain, the responsible function, and blank owner and target-date columns.
/// </summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var ruleset = new Option<string>("--ruleset") { Description = CommonOptions.RulesetDescription, Required = true };
        var evidence = new Option<string>("--evidence") { Description = "Evidence pack or filled questionnaire", Required = true };
        var output = new Option<string>("--out") { Description = "The file to write: .xlsx (a workbook) or .csv", Required = true };
        var function = new Option<string?>("--function") { Description = "Keep the rows whose evidence this function answers for (finance, hr, …)" };
        var language = new Option<string>("--lang") { Description = "Language of the workbook's headers", DefaultValueFactory = _ => ReportLabels.DefaultLanguage };
        language.AcceptOnlyFromAmong([.. ReportLabels.Languages]);
        var trust = CommonOptions.TrustScripts();
        var command = new Command("plan", "Write the action plan of an audit as a workbook (.xlsx) or CSV: critical indicators first") { ruleset, evidence, output, function, language, trust };
        command.SetAction(result => Run(result.GetValue(ruleset)!, result.GetValue(evidence)!, result.GetValue(output)!, result.GetValue(function), result.GetValue(language)!, result.GetValue(trust)));
        return command;
    }

    private static int Run(string rulesetSpec, string evidence, string output, string? function, string language, bool trustScripts)
    {
        var extension = Path.GetExtension(output).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            Console.Error.WriteLine("spm-audit: --out names the plan's file: a .xlsx workbook or a .csv file.");
            return ExitCodes.Misuse;
        }

        if (Inputs.Refusal(output, rulesetSpec, evidence) is { } refusal)
        {
            return refusal;
        }

        if (Inputs.Compile(rulesetSpec, output, out var exit, trustScripts) is not { } ruleset)
        {
            return exit;
        }

        var outcome = Auditor.Audit(CompiledRuleset.Create(ruleset), evidence, []);
        DiagnosticPrinter.Print(outcome.Diagnostics, "text", Console.Error);
        if (outcome.Result is not { } result)
        {
            return ExitCodes.InputErrors;
        }

        var plan = ActionPlanner.Plan(result, function);
        var bytes = extension == ".csv" ? System.Text.Encoding.UTF8.GetBytes(ActionPlanFiles.Csv(plan)) : ActionPlanFiles.Workbook(plan, language);
        return ReportWriter.Write(bytes, output);
    }
}
