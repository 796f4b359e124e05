using System.Runtime.InteropServices;
using SpmAudit.Cli.Output;
using SpmAudit.Engine.Batch;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Distribution;
using SpmAudit.Reporting.Json;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>audit --evidence-dir</c>: one JSON line per pack, in file-name order, streamed as chunks finish;
/// a progress bar when standard error is a terminal; a summary at the end. A failing pack is one
/// error line and the others go on; the exit code is 1 when any failed (70 when one met a bug).
/// Interrupted (SIGINT, SIGTERM), the output ends at a complete line and the summary says so.
/// </summary>
internal static class BatchAudit
{
    public static int Run(string rulesetPath, string folder, string? output, int parallelism, bool trustScripts)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"spm-audit: '{folder}' is not a folder.");
            return ExitCodes.Misuse;
        }

        var packs = Inputs.PacksIn(folder);
        if (packs.Length == 0)
        {
            Console.Error.WriteLine($"spm-audit: '{folder}' holds no evidence packs ({string.Join(", ", Engine.Reading.EvidenceReaders.Extensions)}); nothing was audited.");
            return ExitCodes.InputErrors;
        }

        var compilation = Language.Scripting.ScriptTrust.Apply(RulesetLocator.Compile(rulesetPath), trustScripts);
        DiagnosticPrinter.Print(compilation.Diagnostics, "text", Console.Error);
        if (!compilation.Success)
        {
            return ExitCodes.InputErrors;
        }

        if (OutputTarget.Refusal(output, [.. compilation.Files, .. packs]) is { } refusal)
        {
            return refusal;
        }

        using var interrupt = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var compiled = CompiledRuleset.Create(compilation.Ruleset!);
        var summary = new BatchSummary(compiled.Ruleset);
        var progress = new ProgressBar(packs.Length, enabled: !Console.IsErrorRedirected);
        using (var file = output is null ? null : new AtomicStream(output))
        {
            var writer = file is null ? Console.Out : new StreamWriter(file.Stream, leaveOpen: true);
            foreach (var item in new BatchAuditor(compiled, compilation.Diagnostics, parallelism).Run(packs, interrupt.Token))
            {
                writer.WriteLine(BatchLineWriter.Write(item));
                summary.Add(item);
                if (item.Result is null)
                {
                    DiagnosticPrinter.Print(item.Diagnostics.Where(d => d.IsError), "text", Console.Error);
                }

                progress.Advance();
            }

            writer.Flush();
            if (file is not null)
            {
                writer.Dispose();

                // Interrupted, the file still holds only whole lines: it is kept, and the summary says what it covers.
                file.Commit();
            }
        }

        progress.Finish();
        if (interrupt.IsCancellationRequested)
        {
            summary.InterruptedOf = packs.Length;
        }

        (output is null ? Console.Error : Console.Out).Write(summary.Describe());
        return summary.InternalErrors > 0 ? ExitCodes.InternalError
            : summary.Failed > 0 || interrupt.IsCancellationRequested ? ExitCodes.InputErrors
            : ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupt.Cancel();
        }
    }
}
