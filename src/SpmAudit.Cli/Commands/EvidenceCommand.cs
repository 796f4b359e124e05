using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Evidence;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit evidence merge BASE UPDATE --mode fill-blanks|override --out NEW [--ruleset R]</c>: a new
/// evidence pack from two (YAML, JSON, CSV or a filled questionnaire), listing every item added, changed
/// or kept with its old and new value. Inputs are never written; with errors nothing is.
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var basePack = new Argument<string>("base") { Description = "The pack whose answers stand (.yaml, .json, .csv or .xlsx)" };
        var update = new Argument<string>("update") { Description = "The pack with newer answers" };
        var mode = new Option<string>("--mode") { Description = "fill-blanks (take the update's answers only where the base has none) or override (take them wherever the update has one)", Required = true };
        mode.AcceptOnlyFromAmong("fill-blanks", "override");
        var output = new Option<string>("--out") { Description = "The new pack to write (YAML)", Required = true };
        var ruleset = new Option<string?>("--ruleset") { Description = "Check both packs against this ruleset first, and write yes/no answers of boolean items as true/false" };
        var merge = new Command("merge", "Merge two evidence packs into a new one, listing every item added, changed or kept") { basePack, update, mode, output, ruleset };
        merge.SetAction(result => Merge(result.GetValue(basePack)!, result.GetValue(update)!, result.GetValue(mode)!, result.GetValue(output)!, result.GetValue(ruleset)));
        return new Command("evidence", "Work with evidence packs") { merge };
    }

    private static int Merge(string basePath, string updatePath, string mode, string output, string? rulesetSpec)
    {
        if (Inputs.Refusal(output, basePath, updatePath, rulesetSpec) is { } refusal)
        {
            return refusal;
        }

        if (!output.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("spm-audit: the merged pack is written as YAML: name it .yaml with --out.");
            return ExitCodes.Misuse;
        }

        Ruleset? ruleset = null;
        if (rulesetSpec is not null && (ruleset = Inputs.Compile(rulesetSpec, output, out var exit)) is null)
        {
            return exit;
        }

        var diagnostics = new DiagnosticBag();
        var documents = new[] { basePath, updatePath }.Select(path =>
        {
            var shown = DisplayPath.Of(path, Environment.CurrentDirectory);
            return EvidenceFileReader.Read(path, shown, diagnostics)?.Document;
        }).ToList();
        // With a ruleset, answers under a former key of its dictionary are moved to today's key first,
        // so that last year's answer and this year's meet under one key instead of both being kept.
        var renamed = new List<(string From, string To, string Path)>();
        if (ruleset is not null)
        {
            for (var d = 0; d < documents.Count; d++)
            {
                if (documents[d] is { } document)
                {
                    var (current, moved) = FormerKeys.ToCurrentKeys(document, ruleset);
                    documents[d] = current;
                    renamed.AddRange(moved.Select(m => (m.From, m.To, DisplayPath.Of(d == 0 ? basePath : updatePath, Environment.CurrentDirectory))));
                }
            }
        }

        var merged = diagnostics.HasErrors || documents.Any(d => d is null)
            ? null
            : EvidenceMerger.Merge(documents[0]!, documents[1]!, mode == "override" ? MergeMode.Override : MergeMode.FillBlanks);
        if (merged is not null && ruleset is not null)
        {
            // The merged pack is checked, not each input: either may leave the institution to the other.
            // Its values keep their places in the files they came from, so every diagnostic names one.
            EvidenceBinder.Bind(merged.Document, "", ruleset, diagnostics);
        }

        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        if (merged is null || diagnostics.HasErrors)
        {
            return ExitCodes.InputErrors;
        }

        var header = $"Merged by spm-audit evidence merge --mode {mode}: {DisplayPath.Of(basePath, Environment.CurrentDirectory)} with {DisplayPath.Of(updatePath, Environment.CurrentDirectory)}";
        var status = ReportWriter.Write(EvidencePackWriter.Write(merged.Document, header, ruleset), output);
        if (status != ExitCodes.Success)
        {
            return status;
        }

        foreach (var (from, to, path) in renamed)
        {
            Console.Out.WriteLine($"renamed  {from} → {to} in {path} (the ruleset's current key)");
        }

        foreach (var change in merged.Changes)
        {
            Console.Out.WriteLine(change.Kind switch
            {
                MergeKind.Added => $"added    {change.Key} = {Shown(change.New)}",
                MergeKind.Changed => $"changed  {change.Key}: {Shown(change.Old)} → {Shown(change.New)}",
                _ => change.New is null || change.New == change.Old ? $"kept     {change.Key} = {Shown(change.Old)}" : $"kept     {change.Key} = {Shown(change.Old)} (the update has {Shown(change.New)})",
            });
        }

        var counts = merged.Changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        Console.Out.WriteLine($"{counts.GetValueOrDefault(MergeKind.Added)} added, {counts.GetValueOrDefault(MergeKind.Changed)} changed, {counts.GetValueOrDefault(MergeKind.Kept)} kept; wrote {DisplayPath.Of(output, Environment.CurrentDirectory)}");
        return ExitCodes.Success;
    }

    private static string Shown(string? value) => value ?? "(not answered)";
}
