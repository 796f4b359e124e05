using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Analysis;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Reporting.Batch;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Peers;
using SpmAudit.Reporting.Localization;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Reporting.Trend;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit audit --ruleset R --evidence E [--format json|md|html|pdf] [--report full|board] [--lang en|fr|es] [--out F]
/// [--template-dir D] [--peers results.jsonl] [--explain ID] [--gaps]</c>, or a batch: <c>--evidence-dir DIR [--out results.jsonl] [--parallel N]</c>.
/// </summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var ruleset = new Option<string[]>("--ruleset")
        {
            Description = CommonOptions.RulesetDescription + "; give it more than once to audit one pack against several rulesets in one report",
            Required = true,
        };
        var evidence = new Option<string?>("--evidence") { Description = "Evidence pack (.yaml, .json, a .csv answer sheet or a filled .xlsx questionnaire)" };
        var evidenceDir = new Option<string?>("--evidence-dir") { Description = "Audit every evidence pack in this folder (batch); results as JSON Lines" };
        var parallel = new Option<int>("--parallel") { Description = "Packs audited at once in a batch (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var explain = new Option<string?>("--explain") { Description = "Print the trace of one indicator: every sub-expression's value and the evidence it read" };
        var gaps = new Option<bool>("--gaps") { Description = "Print the gaps ranked by gain, the path to the next grade and the evidence to ask for" };
        var format = new Option<string>("--format")
        {
            Description = "Report format: " + string.Join(", ", ReportFormats.All.Select(f => $"{f.Name} ({f.Description})")),
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var report = new Option<string>("--report")
        {
            Description = "Which report (md, html, pdf): " + string.Join(", ", ReportKinds.All.Select(k => $"{k.Name} ({k.Description})")),
            DefaultValueFactory = _ => ReportKinds.Full,
        };
        report.AcceptOnlyFromAmong([.. ReportKinds.Names]);
        var peers = new Option<string?>("--peers") { Description = "Batch results (JSON Lines of 'audit --evidence-dir') to compare the institution with: median, quartiles and rank" };
        var language = new Option<string>("--lang") { Description = "Language of the report's labels (md, html, pdf); criterion text stays as the ruleset wrote it", DefaultValueFactory = _ => ReportLabels.DefaultLanguage };
        language.AcceptOnlyFromAmong([.. ReportLabels.Languages]);
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" };
        var templates = new Option<string?>("--template-dir") { Description = "Folder whose templates override the built-in ones" };
        var plan = new Option<bool>("--plan") { Description = "Add the action plan to the report: every indicator not met, critical first, with what would make it met" };
        var function = new Option<string?>("--function") { Description = "Keep the action plan's rows whose evidence this function answers for (finance, hr, …); implies --plan" };
        var previous = new Option<string[]>("--previous") { Description = "Earlier results of the institution (JSON): the report shows the trend across them", AllowMultipleArgumentsPerToken = true };
        var trust = CommonOptions.TrustScripts();
        var command = new Command("audit", "Evaluate an institution's evidence against a ruleset and report the scores")
        {
            ruleset, evidence, evidenceDir, parallel, format, report, language, output, templates, peers, explain, gaps, plan, function, previous, trust,
        };
        command.SetAction(result =>
        {
            var (pack, folder) = (result.GetValue(evidence), result.GetValue(evidenceDir));
            if ((pack is null) == (folder is null))
            {
                Console.Error.WriteLine("spm-audit: give either --evidence <pack> or --evidence-dir <folder>.");
                return ExitCodes.Misuse;
            }

            if (folder is not null)
            {
                // A batch writes JSON Lines, one headline result per pack: options for one report cannot be honoured.
                Option[] single = [format, language, templates, explain, gaps, plan, function, previous];
                if (single.FirstOrDefault(o => result.GetResult(o) is { Implicit: false }) is { } given)
                {
                    Console.Error.WriteLine($"spm-audit: {given.Name} applies to the audit of one pack; a batch (--evidence-dir) writes one JSON line per pack. Leave {given.Name} out, or audit one pack with --evidence.");
                    return ExitCodes.Misuse;
                }

                return result.GetValue(ruleset)! is [var one]
                    ? BatchAudit.Run(one, folder, result.GetValue(output), Math.Max(1, result.GetValue(parallel)), result.GetValue(trust))
                    : MultiAudit.Refuse("--evidence-dir");
            }

            if (result.GetValue(ruleset)! is { Length: > 1 } several)
            {
                // One report for several rulesets: options that read one result (a trace, gaps, peers, a trend) cannot say which.
                Option[] single = [explain, gaps, peers, previous];
                return single.FirstOrDefault(o => result.GetResult(o) is { Implicit: false }) is { } given
                    ? MultiAudit.Refuse(given.Name)
                    : MultiAudit.Run(several, pack!, result.GetValue(format)!, new ReportOptions(result.GetValue(templates), result.GetValue(language)!, Kind: result.GetValue(report)!), result.GetValue(output),
                        result.GetValue(plan) || result.GetValue(function) is not null, result.GetValue(function), result.GetValue(trust));
            }

            return Run(new Request(
                result.GetValue(ruleset)![0], pack!, result.GetValue(format)!, result.GetValue(language)!, result.GetValue(output), result.GetValue(templates),
                result.GetValue(explain), result.GetValue(gaps))
            {
                Report = result.GetValue(report)!,
                Peers = result.GetValue(peers),
                Plan = result.GetValue(plan) || result.GetValue(function) is not null,
                Function = result.GetValue(function),
                Previous = result.GetValue(previous) ?? [],
                TrustScripts = result.GetValue(trust),
            });
        });
        return command;
    }

    private sealed record Request(string Ruleset, string Evidence, string Format, string Language, string? Output, string? Templates, string? Explain, bool Gaps)
    {
        public string Report { get; init; } = ReportKinds.Full;

        public string? Peers { get; init; }

        public bool Plan { get; init; }

        public string? Function { get; init; }

        public string[] Previous { get; init; } = [];

        public bool TrustScripts { get; init; }
    }

    private static int Run(Request request)
    {
        if (OutputTarget.Refusal(request.Output, [request.Ruleset, request.Evidence, .. request.Previous, .. request.Peers is null ? [] : new[] { request.Peers }]) is { } refusal)
        {
            return refusal;
        }

        var format = ReportFormats.Find(request.Format)!;
        if (format.NeedsOutputFile && request.Output is null)
        {
            Console.Error.WriteLine($"spm-audit: --format {format.Name} writes a binary file: name it with --out.");
            return ExitCodes.Misuse;
        }

        var earlier = TrendCommand.ReadResults(request.Previous);
        if (earlier is null)
        {
            return ExitCodes.InputErrors;
        }

        var compilation = Language.Scripting.ScriptTrust.Apply(RulesetLocator.Compile(request.Ruleset), request.TrustScripts);
        if (compilation.Success && OutputTarget.Refusal(request.Output, compilation.Files) is { } imported)
        {
            return imported;
        }

        var outcome = compilation.Success
            ? Auditor.Audit(CompiledRuleset.Create(compilation.Ruleset!), request.Evidence, compilation.Diagnostics)
            : new AuditOutcome(null, compilation.Diagnostics);
        DiagnosticPrinter.Print(outcome.Diagnostics, "text", Console.Error);
        if (outcome.Result is not { } result)
        {
            return ExitCodes.InputErrors;
        }

        if (request.Explain is { } id)
        {
            if (result.Indicators.FirstOrDefault(i => i.Node.Id == id) is not { } indicator)
            {
                var suggestion = Language.Diagnostics.Suggestions.Closest(id, result.Indicators.Select(i => i.Node.Id));
                Console.Error.WriteLine($"spm-audit: the ruleset has no indicator '{id}'.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")}");
                return ExitCodes.Misuse;
            }

            return ReportWriter.Write(Reporting.Text.ExplainPrinter.Print(indicator), request.Output);
        }

        if (request.Gaps)
        {
            return ReportWriter.Write(Reporting.Text.GapsPrinter.Print(result), request.Output);
        }

        var extras = new ReportExtras(request.Plan ? ActionPlanner.Plan(result, request.Function) : null, null);
        if (earlier.Count > 0)
        {
            var diagnostics = new DiagnosticBag();
            var current = ResultSummary.Read(request.Output ?? "(this audit)", AuditJsonWriter.Write(result), diagnostics)!;
            if (TrendReport.Build([.. earlier, current], diagnostics) is not { } trend)
            {
                DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
                return ExitCodes.InputErrors;
            }

            extras = extras with { Trend = trend };
        }

        if (request.Peers is { } peersPath)
        {
            var diagnostics = new DiagnosticBag();
            var batch = BatchResultsReader.Read(peersPath, peersPath, diagnostics);
            var comparison = batch is null ? null : PeerComparer.Compare(result, batch, peersPath, diagnostics);
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            if (diagnostics.HasErrors)
            {
                return ExitCodes.InputErrors;
            }

            extras = extras with { Peers = comparison };
        }

        var rendered = format.Render(result, new ReportOptions(request.Templates, request.Language, Kind: request.Report) { Extras = extras });
        DiagnosticPrinter.Print(rendered.Diagnostics, "text", Console.Error);
        if (rendered.Problem is { } problem)
        {
            Console.Error.WriteLine($"spm-audit: {problem}");
        }

        return rendered.Bytes is { } bytes ? ReportWriter.Write(bytes, request.Output) : ExitCodes.InputErrors;
    }
}
