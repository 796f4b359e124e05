using System.Collections.Immutable;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Batch;

/// <summary>
/// Audits many evidence packs against one compiled ruleset on all cores. Packs are processed in
/// chunks whose results are yielded in input order, so output is deterministic and memory stays
/// flat however many institutions there are. A failing pack is reported and the others go on.
/// Cancelling stops at a pack boundary: the packs yielded are a complete prefix of the input, each
/// audited whole.
/// </summary>
public sealed class BatchAuditor(CompiledRuleset compiled, ImmutableArray<Diagnostic> rulesetDiagnostics, int parallelism)
{
    private const int ChunkSize = 256;

    public IEnumerable<BatchItem> Run(IEnumerable<string> packPaths, CancellationToken cancel = default)
    {
        var chunk = new List<string>(ChunkSize);
        foreach (var path in packPaths)
        {
            chunk.Add(path);
            if (chunk.Count == ChunkSize)
            {
                foreach (var item in Process(chunk, cancel))
                {
                    yield return item;
                }

                if (cancel.IsCancellationRequested)
                {
                    yield break;
                }

                chunk.Clear();
            }
        }

        foreach (var item in Process(chunk, cancel))
        {
            yield return item;
        }
    }

    /// <summary>The chunk's items in input order, up to the first pack left undone by a cancellation.</summary>
    private IEnumerable<BatchItem> Process(List<string> paths, CancellationToken cancel)
    {
        var results = new BatchItem?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, (i, loop) =>
        {
            if (cancel.IsCancellationRequested)
            {
                loop.Stop();
                return;
            }

            results[i] = Audit(paths[i]);
        });
        return results.TakeWhile(r => r is not null)!;
    }

    private BatchItem Audit(string path)
    {
        try
        {
            // Batch results skip the per-indicator traces and gap analysis: they are for one audit at a time.
            var outcome = Auditor.Audit(compiled, path, rulesetDiagnostics, explain: false);
            return new BatchItem(path, outcome.Result, outcome.Diagnostics);
        }
#pragma warning disable CA1031 // A bug met on one pack is reported on that pack's line; the batch goes on.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new BatchItem(path, null, []) { InternalError = $"{e.GetType().Name}: {e.Message}" };
        }
    }
}
