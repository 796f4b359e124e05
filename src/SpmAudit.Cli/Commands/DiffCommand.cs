using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Comparison;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Comparison;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Comparison;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit diff &lt;old&gt; &lt;new&gt; [--evidence P]… [--format text|md|json] [--out F] [--exit-code]</c>:
/// what changed between two editions of a ruleset, and with packs, what that does to their scores.
/// Exit 0 when compared (1 with --exit-code when anything changed), 1 on input errors, 2 on misuse.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("old") { Description = "The old edition: " + CommonOptions.RulesetDescription };
        var @new = new Argument<string>("new") { Description = "The new edition, in the same forms" };
        var evidence = new Option<string[]>("--evidence") { Description = "An evidence pack or a folder of packs to audit under both editions; repeat the option for more" };
        var format = new Option<string>("--format") { Description = "text (the default), md or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var output = new Option<string?>("--out") { Description = "Write the comparison to this file instead of standard output" };
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 1 when the editions differ, as 'git diff --exit-code' does" };
        var command = new Command("diff", "What changed between two editions of a ruleset, and how it re-scores evidence packs") { old, @new, evidence, format, output, exitCode };
        command.SetAction(result => Run(result.GetValue(old)!, result.GetValue(@new)!, result.GetValue(evidence) ?? [], result.GetValue(format)!, result.GetValue(output), result.GetValue(exitCode)));
        return command;
    }

    private static int Run(string oldSpec, string newSpec, string[] evidence, string format, string? output, bool exitCode)
    {
        var before = Inputs.Compile(oldSpec, output, out var oldExit);
        var after = Inputs.Compile(newSpec, output, out var newExit);
        if (before is null || after is null)
        {
            return Math.Max(oldExit, newExit);
        }

        var diagnostics = new DiagnosticBag();
        Check(before, after, oldSpec, newSpec, diagnostics);
        var packs = Packs(evidence, diagnostics);
        if (Inputs.Refusal(output, packs) is { } refusal)
        {
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            return refusal;
        }

        var rescorer = new EditionRescorer(CompiledRuleset.Create(before), CompiledRuleset.Create(after));
        var rescores = packs.Select(rescorer.Rescore).ToList();
        foreach (var rescore in rescores)
        {
            Report(rescore, Edition(before), Edition(after), diagnostics);
        }

        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        var report = new DiffReport(RulesetComparer.Compare(before, after), before.Sha256, after.Sha256, [.. rescores]);
        var text = format switch
        {
            "json" => DiffJsonWriter.Write(report),
            "md" => DiffMarkdownWriter.Write(report),
            _ => DiffTextWriter.Write(report),
        };
        var written = ReportWriter.Write(text, output);
        return written != ExitCodes.Success ? written
            : diagnostics.HasErrors ? ExitCodes.InputErrors
            : exitCode && !report.Diff.IsEmpty ? ExitCodes.InputErrors
            : ExitCodes.Success;
    }

    /// <summary>Warnings about the pair itself: not editions of one ruleset, the same sources twice, or given newest first.</summary>
    private static void Check(Ruleset before, Ruleset after, string oldSpec, string newSpec, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.None(newSpec);
        if (before.Sha256 == after.Sha256)
        {
            diagnostics.Add(DiagnosticCatalog.SameRulesetTwice(span, Edition(after)));
        }
        else if (before.Info.Id != after.Info.Id)
        {
            diagnostics.Add(DiagnosticCatalog.NotEditionsOfOneRuleset(SourceSpan.None(oldSpec), before.Info.Id, after.Info.Id));
        }
        else if (VersionSpec.Compare(after.Info.Version, before.Info.Version) <= 0)
        {
            diagnostics.Add(DiagnosticCatalog.NewEditionNotNewer(span, before.Info.Version, after.Info.Version));
        }
    }

    /// <summary>The packs named: files as given (a missing one is reported by the audit), folders by their packs.</summary>
    private static string[] Packs(string[] evidence, DiagnosticBag diagnostics)
    {
        var packs = new List<string>();
        foreach (var path in evidence)
        {
            if (!Directory.Exists(path))
            {
                packs.Add(path);
                continue;
            }

            var found = Inputs.PacksIn(path);
            if (found.Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.NoPacksToRescore(SourceSpan.None(DisplayPath.Of(path, Environment.CurrentDirectory)), path, string.Join(", ", Engine.Reading.EvidenceReaders.Extensions)));
            }

            packs.AddRange(found);
        }

        return [.. packs];
    }

    /// <summary>A pack's own diagnostics once (they are mostly the same under both editions), and which edition it fails under.</summary>
    private static void Report(PackRescore rescore, string oldEdition, string newEdition, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        diagnostics.AddRange(rescore.Before.Diagnostics.Concat(rescore.After.Diagnostics).Where(d => seen.Add(d.ToString())));
        if (rescore.Before.Success != rescore.After.Success)
        {
            var (failing, passing) = rescore.Before.Success ? (newEdition, oldEdition) : (oldEdition, newEdition);
            diagnostics.Add(DiagnosticCatalog.PackFailsUnderOneEdition(SourceSpan.None(rescore.DisplayPath), rescore.DisplayPath, failing, passing));
        }
    }

    private static string Edition(Ruleset ruleset) => $"{ruleset.Info.Id} {ruleset.Info.Version}";
}
