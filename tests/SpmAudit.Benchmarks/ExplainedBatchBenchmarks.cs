using BenchmarkDotNet.Attributes;
using SpmAudit.Benchmarks.Batch;

namespace SpmAudit.Benchmarks;

/// <summary>
/// 10,000 default audits (with explanations and gap analysis) of the Universal Standards over two
/// cores: the batch target. Kept apart from <see cref="BatchBenchmarks"/> because one operation takes
/// minutes while the gap analysis is as slow as docs/performance.md shows; run it with --job dry
/// (one operation of 10,000 audits is already a long, stable sample).
/// </summary>
[MemoryDiagnoser]
public class ExplainedBatchBenchmarks
{
    private UniversalStandardsBatch _batch = null!;
    private double[] _scores = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = new UniversalStandardsBatch();
        _scores = new double[_batch.Packs.Length];
    }

    [Benchmark(Description = "audit 10,000 institutions, 2 cores")]
    public double AuditTenThousand()
    {
        var (compiled, packs) = (_batch.Compiled, _batch.Packs);
        Parallel.For(0, packs.Length, UniversalStandardsBatch.TwoCores, i => _scores[i] = compiled.Audit(packs[i]).Score);
        return _scores[^1];
    }
}
