using System.Collections.Immutable;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Batch;

/// <summary>
/// Audits many evidence packs against one compiled ruleset on all cores. Packs are processed in
/// chunks whose results are yielded in input order, so output is deterministic and memory stays
/// flat however many institutions there are. A failing pack is reported and the others go on.
/// </summary>
public sealed class BatchAuditor(CompiledRuleset compiled, ImmutableArray<Diagnostic> rulesetDiagnostics, int parallelism)
{
    private const int ChunkSize = 256;

    public IEnumerable<BatchItem> Run(IEnumerable<string> packPaths)
    {
        var chunk = new List<string>(ChunkSize);
        foreach (var path in packPaths)
        {
            chunk.Add(path);
            if (chunk.Count == ChunkSize)
            {
                foreach (var item in Process(chunk))
                {
                    yield return item;
                }

                chunk.Clear();
            }
        }

        foreach (var item in Process(chunk))
        {
            yield return item;
        }
    }

    private BatchItem[] Process(List<string> paths)
    {
        var results = new BatchItem[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            // Batch results skip the per-indicator traces and gap analysis: they are for one audit at a time.
            var outcome = Auditor.Audit(compiled, paths[i], rulesetDiagnostics, explain: false);
            results[i] = new BatchItem(paths[i], outcome.Result, outcome.Diagnostics);
        });
        return results;
    }
}
