using System.CommandLine;
using System.Text;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit rulesets</c>: the rulesets and profiles shipped inside the tool;
/// <c>spm-audit rulesets export NAME FOLDER</c>: one of them written out as files, for tailoring.
/// </summary>
internal static class RulesetsCommand
{
    public static Command Create()
    {
        var command = new Command("rulesets", "List the rulesets and profiles shipped inside the tool (audit them by name: --ruleset universal-standards@3)")
        {
            Export(),
        };
        command.SetAction(_ =>
        {
            Console.Out.Write(List());
            return ExitCodes.Success;
        });
        return command;
    }

    private static string List()
    {
        var text = new StringBuilder();
        foreach (var ruleset in ShippedCatalog.Rulesets)
        {
            text.Append($"{ruleset.Id,-24} {ruleset.Version,-8} {ruleset.Title}\n");
            if (ruleset.Base is { } @base)
            {
                text.Append($"{"",-33} profile of {@base}\n");
            }

            if (ruleset.Follows is { } follows)
            {
                text.Append($"{"",-33} follows {follows}\n");
            }
        }

        return text.ToString();
    }

    private static Command Export()
    {
        var name = new Argument<string>("name") { Description = "Shipped ruleset or profile, optionally with a version: universal-standards@3" };
        var folder = new Argument<string>("folder") { Description = "Where to write the files (created when missing; existing files are never overwritten)" };
        var command = new Command("export", "Write a shipped ruleset (or profile) and every file it imports into a folder, for tailoring") { name, folder };
        command.SetAction(result => Run(result.GetValue(name)!, result.GetValue(folder)!));
        return command;
    }

    private static int Run(string name, string folder)
    {
        var diagnostics = new DiagnosticBag();
        var location = RulesetLocator.Locate(name, diagnostics);
        var closure = location is null ? null : RulesetClosure.Collect(location, diagnostics);
        if (closure is null)
        {
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        // The root marker keeps imports checked against the exported tree, as in the repository.
        var files = closure.Files.Add(Language.Compilation.ISourceStore.RootMarker, []);
        var conflicts = files.Keys.Where(f => File.Exists(Target(folder, f)) && !File.ReadAllBytes(Target(folder, f)).AsSpan().SequenceEqual(files[f])).ToList();
        if (conflicts.Count > 0)
        {
            DiagnosticPrinter.Print(conflicts.Select(c => DiagnosticCatalog.WouldOverwrite(SourceSpan.None(Shown(folder, c)), Shown(folder, c))), "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        // Files already there with the same bytes (a shared evidence dictionary) are left as they are.
        var written = files.Where(f => !File.Exists(Target(folder, f.Key))).Select(f => (Target(folder, f.Key), f.Value)).ToList();
        if (AtomicFile.WriteAll(written) is { } failure)
        {
            DiagnosticPrinter.Print([failure], "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        var kept = files.Count - written.Count;
        Console.Out.WriteLine($"Wrote {written.Count} file{(written.Count == 1 ? "" : "s")} to {folder}{(kept > 0 ? $" ({kept} already there, unchanged)" : "")}; check the ruleset with: spm-audit check {Shown(folder, closure.Entry)}");
        return ExitCodes.Success;
    }

    private static string Target(string folder, string relative) => Path.Combine(folder, relative);

    private static string Shown(string folder, string relative) => DisplayPath.Of(Target(folder, relative), Environment.CurrentDirectory);
}
