using SpmAudit.Language.Model;
using BenchmarkDotNet.Attributes;
using SpmAudit.Benchmarks.Batch;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;

namespace SpmAudit.Benchmarks;

/// <summary>
/// Audits on the shipped Universal Standards ruleset: one institution, and 10,000 institutions over
/// two cores (variants of the shipped example packs). Audit explains by default: it traces every rule
/// to write its reason and runs a gap analysis; the explain: false rows leave both out, and the
/// evaluation-only row shows what the rules themselves cost. The explained 10,000-institution row is
/// what one 'spm-audit audit' per institution would cost; batch mode runs the unexplained one.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private UniversalStandardsBatch _batch = null!;
    private double[] _scores = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = new UniversalStandardsBatch();
        _scores = new double[_batch.Packs.Length];
    }

    [Benchmark(Baseline = true, Description = "audit 1 institution")]
    public double AuditOne() => AuditPipeline.Audit(_batch.Compiled, _batch.Packs[0], [], explain: true).Score ?? 0;

    [Benchmark(Description = "audit 1 institution, explain: false")]
    public double AuditOneUnexplained() => AuditPipeline.Audit(_batch.Compiled, _batch.Packs[0], [], explain: false).Score ?? 0;

    [Benchmark(Description = "audit 10,000, explained, 2 cores")]
    public double AuditTenThousand()
    {
        var (compiled, packs) = (_batch.Compiled, _batch.Packs);
        Parallel.For(0, packs.Length, UniversalStandardsBatch.TwoCores, i => _scores[i] = AuditPipeline.Audit(compiled, packs[i], [], explain: true).Score ?? 0);
        return _scores[^1];
    }

    [Benchmark(Description = "audit 10,000, explain: false, 2 cores")]
    public double AuditTenThousandUnexplained()
    {
        var (compiled, packs) = (_batch.Compiled, _batch.Packs);
        Parallel.For(0, packs.Length, UniversalStandardsBatch.TwoCores, i => _scores[i] = AuditPipeline.Audit(compiled, packs[i], [], explain: false).Score ?? 0);
        return _scores[^1];
    }

    [Benchmark(Description = "frame + evaluate only, 10,000, 2 cores")]
    public int EvaluateTenThousand()
    {
        var (compiled, packs) = (_batch.Compiled, _batch.Packs);
        Parallel.For(0, packs.Length, UniversalStandardsBatch.TwoCores, () => new IndicatorStatus[compiled.Ruleset.Indicators.Length], (i, _, statuses) =>
        {
            compiled.Evaluate(FrameBuilder.Build(compiled.Ruleset, packs[i]), statuses, new byte[statuses.Length]);
            return statuses;
        }, _ => { });
        return packs.Length;
    }
}
