using System.CommandLine;
using System.Text;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit init FOLDER</c>: a new audit folder with an example evidence pack to fill in and a
/// README saying what to run, so that a tool-only user reaches a first report in two commands.
/// </summary>
internal static class InitCommand
{
    /// <summary>The shipped example copied as the starting pack: complete, and audited in the README's quick start.</summary>
    private const string Example = "examples/sahel-solidarity-finance.yaml";

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A new or empty folder for the audit" };
        var command = new Command("init", "Start an audit folder: an example evidence pack and a README with the commands to run") { folder };
        command.SetAction(result => Run(result.GetValue(folder)!));
        return command;
    }

    private static int Run(string folder)
    {
        var shown = DisplayPath.Of(folder, Environment.CurrentDirectory);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            DiagnosticPrinter.Print([DiagnosticCatalog.FolderNotEmpty(SourceSpan.None(shown), shown)], "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        var pack = ShippedCatalog.Store.Read(ShippedCatalog.Store.FullPath(Example));
        var files = new (string, byte[])[]
        {
            (Path.Combine(folder, "evidence.yaml"), pack),
            (Path.Combine(folder, "README.txt"), Encoding.UTF8.GetBytes(Readme)),
        };
        if (AtomicFile.WriteAll(files) is { } failure)
        {
            DiagnosticPrinter.Print([failure], "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        var evidence = DisplayPath.Of(Path.Combine(folder, "evidence.yaml"), Environment.CurrentDirectory);
        var report = DisplayPath.Of(Path.Combine(folder, "report.html"), Environment.CurrentDirectory);
        Console.Out.WriteLine($"Wrote {evidence} (an example to replace with your institution's evidence) and {shown}/README.txt.");
        Console.Out.WriteLine($"Next: spm-audit audit --ruleset universal-standards@3 --evidence {evidence} --format html --out {report}");
        return ExitCodes.Success;
    }

    private const string Readme = """
        This folder was started by 'spm-audit init'.

        evidence.yaml
            An evidence pack: one institution's answers for one assessment. It starts as the
            example of a fictional institution (Sahel Solidarity Finance); replace the institution,
            period, date, assessor and every value with your own, and record where each value comes
            from ('source'). An item left out, or set to null, counts as missing evidence: the
            indicators that need it are reported as "insufficient evidence", never as failed.

        From this folder, audit the pack against the Universal Standards (version 3) shipped with
        the tool and write the report:

            spm-audit audit --ruleset universal-standards@3 --evidence evidence.yaml --format html --out report.html

        Other formats: --format md, --format json (the stable machine document), --format pdf
        (needs Chromium). Why an indicator got its status: add --explain <indicator-id>. What to
        improve first: add --gaps.

        The rulesets and profiles shipped with the tool:

            spm-audit rulesets

        To read or tailor one, write its files out (the evidence dictionary, with the question
        behind every key, is under evidence/):

            spm-audit rulesets export universal-standards rulesets

        """;
}
