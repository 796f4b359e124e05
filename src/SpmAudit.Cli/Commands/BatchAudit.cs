using SpmAudit.Cli.Output;
using SpmAudit.Engine.Batch;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Distribution;
using SpmAudit.Reporting.Json;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>audit --evidence-dir</c>: one JSON line per pack, in file-name order, streamed as chunks finish;
/// a progress bar when standard error is a terminal; a summary at the end. A failing pack is reported
/// and the others go on; the exit code is 1 when any failed.
/// </summary>
internal static class BatchAudit
{
    public static int Run(string rulesetPath, string folder, string? output, int parallelism)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"spm-audit: '{folder}' is not a folder.");
            return ExitCodes.Misuse;
        }

        var compilation = RulesetLocator.Compile(rulesetPath);
        DiagnosticPrinter.Print(compilation.Diagnostics, "text", Console.Error);
        if (!compilation.Success)
        {
            return ExitCodes.InputErrors;
        }

        // '~$q.xlsx' is the lock file Excel keeps beside a workbook it has open, not a pack.
        var packs = Directory.GetFiles(folder)
            .Where(f => Engine.Reading.EvidenceReaders.IsEvidenceFile(f) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var compiled = CompiledRuleset.Create(compilation.Ruleset!);
        var summary = new BatchSummary(compiled.Ruleset);
        var progress = new ProgressBar(packs.Length, enabled: !Console.IsErrorRedirected);
        using (var writer = output is null ? Console.Out : new StreamWriter(output))
        {
            foreach (var item in new BatchAuditor(compiled, compilation.Diagnostics, parallelism).Run(packs))
            {
                writer.WriteLine(BatchLineWriter.Write(item));
                summary.Add(item);
                if (item.Result is null)
                {
                    DiagnosticPrinter.Print(item.Diagnostics.Where(d => d.IsError), "text", Console.Error);
                }

                progress.Advance();
            }
        }

        progress.Finish();
        (output is null ? Console.Error : Console.Out).Write(summary.Describe());
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }
}
