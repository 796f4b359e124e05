using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Analysis;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Crosswalks;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Crosswalks;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit crosswalk A B [--evidence E] [--map M] [--format text|md|json] [--out F]</c>: how much of
/// ruleset B the evidence collected for A answers, directly or through the crosswalk's key mappings,
/// and which keys B still needs, indicator by indicator. Without --map the shipped crosswalk from A
/// to B is used when there is one.
/// </summary>
internal static class CrosswalkCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("from") { Description = "The ruleset the evidence was collected for (" + CommonOptions.RulesetDescription + ")" };
        var to = new Argument<string>("to") { Description = "The ruleset to answer from that evidence" };
        var evidence = new Option<string?>("--evidence") { Description = "An evidence pack for the first ruleset: count only the keys it answers" };
        var map = new Option<string?>("--map") { Description = "A crosswalk file from the first ruleset to the second (default: the shipped one, if any)" };
        var format = new Option<string>("--format") { Description = "text, md or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. CrosswalkReport.Formats]);
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output" };
        var command = new Command("crosswalk", "Show how much of one ruleset the evidence collected for another answers, and what it still needs")
        {
            from, to, evidence, map, format, output,
        };
        command.SetAction(result => Run(result.GetValue(from)!, result.GetValue(to)!, result.GetValue(evidence), result.GetValue(map), result.GetValue(format)!, result.GetValue(output)));
        return command;
    }

    private static int Run(string fromSpec, string toSpec, string? evidence, string? mapPath, string format, string? output)
    {
        if (Inputs.Refusal(output, fromSpec, toSpec, evidence, mapPath) is { } refusal)
        {
            return refusal;
        }

        if (Inputs.Compile(fromSpec, output, out var exit) is not { } from || Inputs.Compile(toSpec, output, out exit) is not { } to)
        {
            return exit;
        }

        var diagnostics = new DiagnosticBag();
        var map = mapPath is null ? ShippedCrosswalks.Find(from.Info.Id, from.Info.Version, to.Info.Id, to.Info.Version) : CrosswalkReader.Read(mapPath, mapPath, diagnostics);
        if (map is not null)
        {
            CrosswalkChecker.Check(map, from, to, diagnostics);
        }

        var collected = evidence is null ? CrosswalkCoverage.KeysRead(from) : Answered(evidence, from, diagnostics);
        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        if (diagnostics.HasErrors || collected is null)
        {
            return ExitCodes.InputErrors;
        }

        var basis = evidence is null ? $"the keys {from.Info.Id}'s indicators read" : $"the keys {evidence} answers";
        return ReportWriter.Write(CrosswalkReport.Render(CrosswalkCoverage.Compute(from, to, collected, basis, map), format), output);
    }

    /// <summary>The keys a pack answers with a value (not null, not out of date), read against the first ruleset.</summary>
    private static HashSet<string>? Answered(string evidence, Ruleset from, DiagnosticBag diagnostics) =>
        EvidencePacks.Load(evidence, from, diagnostics, evidence) is { } pack
            ? pack.Items.Values.Where(e => e.Value is not null).Select(e => e.Key).ToHashSet(StringComparer.Ordinal)
            : null;
}
