using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Batch;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Localization;
using SpmAudit.Reporting.Portfolio;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit portfolio results.jsonl [--format json|html|md] [--country CC] [--assessment TYPE] [--ruleset R] [--lang L] [--out F]</c>:
/// a network's or an investor's view of a batch result. Titles come from the ruleset the lines name
/// when it is shipped, or from --ruleset.
/// </summary>
internal static class PortfolioCommand
{
    public static Command Create()
    {
        var results = new Argument<string>("results") { Description = "Batch results: the JSON Lines file of 'audit --evidence-dir'" };
        var format = new Option<string>("--format") { Description = "Report format: " + PortfolioFormats.Describe(), DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong([.. PortfolioFormats.Names]);
        var country = new Option<string?>("--country") { Description = "Only the institutions of this country (ISO code, e.g. SN)" };
        var assessment = new Option<string?>("--assessment") { Description = "Only this assessment type" };
        assessment.AcceptOnlyFromAmong("self-assessment", "accompanied-self-assessment", "external-audit");
        var ruleset = new Option<string?>("--ruleset") { Description = CommonOptions.RulesetDescription + "; gives titles (by default the shipped ruleset the results name, when there is one)" };
        var language = new Option<string>("--lang") { Description = "Language of the report's labels (html, md)", DefaultValueFactory = _ => ReportLabels.DefaultLanguage };
        language.AcceptOnlyFromAmong([.. ReportLabels.Languages]);
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" };
        var command = new Command("portfolio", "Summarise a batch result for a network or an investor: grades, scores per institution, certifications, common gaps")
        {
            results, format, country, assessment, ruleset, language, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(results)!;
            var target = parse.GetValue(output);
            if (target is not null && string.Equals(Path.GetFullPath(target), Path.GetFullPath(path), StringComparison.Ordinal))
            {
                Console.Error.WriteLine("spm-audit: --out names an input file; inputs are never overwritten.");
                return ExitCodes.Misuse;
            }

            var diagnostics = new DiagnosticBag();
            var batch = BatchResultsReader.Read(path, path, diagnostics);
            var titles = batch is null ? null : Titles(parse.GetValue(ruleset), batch, diagnostics);
            var document = batch is null || diagnostics.HasErrors
                ? null
                : PortfolioDocument.Build(batch, new PortfolioFilter(parse.GetValue(country), parse.GetValue(assessment)), titles, path, diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            if (document is null)
            {
                return ExitCodes.InputErrors;
            }

            var rendered = PortfolioFormats.Render(parse.GetValue(format)!, document, titles, new ReportOptions(Language: parse.GetValue(language)!));
            DiagnosticPrinter.Print(rendered.Diagnostics, "text", Console.Error);
            return rendered.Bytes is { } bytes ? ReportWriter.Write(bytes, target) : ExitCodes.InputErrors;
        });
        return command;
    }

    /// <summary>The ruleset given, or the shipped one the lines name; without either the report shows ids only.</summary>
    private static Ruleset? Titles(string? given, BatchResults batch, DiagnosticBag diagnostics)
    {
        if (given is not null)
        {
            var compiled = RulesetLocator.Compile(given);
            diagnostics.AddRange(compiled.Diagnostics);
            return compiled.Ruleset;
        }

        var named = batch.Lines.FirstOrDefault(l => l.RulesetId is not null);
        var version = named?.RulesetVersion is { } text ? VersionSpec.Parse(text) : null;
        if (named is null || version is null || ShippedCatalog.Find(named.RulesetId!, version) is null)
        {
            return null;
        }

        var shipped = RulesetLocator.Compile($"{named.RulesetId}@{named.RulesetVersion}");
        return shipped.Success ? shipped.Ruleset : null;
    }
}
