using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Localization;
using SpmAudit.Reporting.Questionnaire;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit questionnaire --ruleset R [--profile P] [--lang en|fr|es] [--format xlsx|yaml] --out F</c>:
/// the questions an institution answers to assess itself against a ruleset, as a workbook to fill in
/// offline (imported back with <c>audit --evidence F</c>) or as a commented YAML template.
/// </summary>
internal static class QuestionnaireCommand
{
    public static Command Create()
    {
        var ruleset = new Option<string>("--ruleset") { Description = CommonOptions.RulesetDescription, Required = true };
        var profile = new Option<string?>("--profile") { Description = "A profile of that ruleset: only the indicators it selects are asked" };
        var language = new Option<string>("--lang") { Description = "Language of the questionnaire's own words (and of titles the ruleset translates)", DefaultValueFactory = _ => ReportLabels.DefaultLanguage };
        language.AcceptOnlyFromAmong([.. ReportLabels.Languages]);
        var format = new Option<string>("--format") { Description = "xlsx (a workbook, the default) or yaml (a commented evidence pack to fill in)", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "yaml");
        var output = new Option<string>("--out") { Description = "The file to write", Required = true };
        var command = new Command("questionnaire", "Write a self-assessment questionnaire for a ruleset: a workbook (or a YAML template) to fill in and import with 'audit --evidence'")
        {
            ruleset, profile, language, format, output,
        };
        command.SetAction(result => Run(result.GetValue(ruleset)!, result.GetValue(profile), result.GetValue(language)!, result.GetValue(format)!, result.GetValue(output)!));
        return command;
    }

    private static int Run(string rulesetSpec, string? profileSpec, string language, string format, string output)
    {
        if (Inputs.Refusal(output, rulesetSpec, profileSpec) is { } refusal)
        {
            return refusal;
        }

        if (Inputs.Compile(rulesetSpec, output, out var exit) is not { } ruleset)
        {
            return exit;
        }

        if (profileSpec is not null)
        {
            if (Inputs.Compile(profileSpec, output, out exit) is not { } profile)
            {
                return exit;
            }

            if (profile.Info.Lineage.IsEmpty || profile.Info.Lineage[0].Id != ruleset.Info.Id)
            {
                Console.Error.WriteLine($"spm-audit: '{profileSpec}' is not a profile of '{ruleset.Info.Id}'; give the ruleset it tailors with --ruleset.");
                return ExitCodes.Misuse;
            }

            ruleset = profile;
        }

        var plan = QuestionnairePlan.Build(ruleset, language);
        var bytes = format == "yaml" ? System.Text.Encoding.UTF8.GetBytes(QuestionnaireTemplate.Write(plan)) : QuestionnaireWorkbook.Write(plan);
        return ReportWriter.Write(bytes, output);
    }
}
