using SpmAudit.Language.Model;
using BenchmarkDotNet.Attributes;
using SpmAudit.Benchmarks.Comparison;
using SpmAudit.Benchmarks.Synthetic;
using SpmAudit.Engine.Evaluation;

namespace SpmAudit.Benchmarks;

/// <summary>
/// The same 200 rules on the same evidence three ways: SpmAudit's compiled rules, Microsoft RulesEngine
/// with the rules translated to its workflow format, and the rules written by hand in C# (the baseline).
/// Each operation evaluates every indicator of one pack (statuses only, no roll-up); an invocation
/// runs the <see cref="Packs"/> packs in turn so that no single pack's branches dominate.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int Indicators = 200;
    private const int Packs = 16;

    private CompiledRuleset _compiled = null!;
    private HandWrittenRules _handWritten = null!;
    private RulesEngineWorkflow _rulesEngine = null!;
    private EvidenceFrame[] _frames = null!;
    private IndicatorStatus[] _statuses = null!;
    private byte[] _levels = null!;

    [GlobalSetup]
    public void Setup()
    {
        var workspace = new SyntheticWorkspace(Indicators);
        try
        {
            var ruleset = workspace.Compile(workspace.DslPath);
            _compiled = CompiledRuleset.Create(ruleset);
            _handWritten = new HandWrittenRules(ruleset);
            _rulesEngine = new RulesEngineWorkflow(ruleset);
            _frames = [.. Enumerable.Range(1, Packs).Select(seed => FrameBuilder.Build(ruleset, SyntheticWorkspace.LoadPack(ruleset, Indicators, seed)))];
            _statuses = new IndicatorStatus[Indicators];
            _levels = new byte[Indicators];
            ImplementationAgreement.Check(ruleset, _frames, _compiled, _handWritten, _rulesEngine);
        }
        finally
        {
            workspace.Delete();
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Packs, Description = "hand-written C#")]
    public IndicatorStatus HandWritten()
    {
        foreach (var frame in _frames)
        {
            _handWritten.Evaluate(frame, _statuses);
        }

        return _statuses[^1];
    }

    [Benchmark(OperationsPerInvoke = Packs, Description = "SpmAudit compiled")]
    public IndicatorStatus SpmAuditCompiled()
    {
        foreach (var frame in _frames)
        {
            _compiled.Evaluate(frame, _statuses, _levels);
        }

        return _statuses[^1];
    }

    [Benchmark(OperationsPerInvoke = Packs, Description = "RulesEngine 6.0.1")]
    public async Task<IndicatorStatus> MicrosoftRulesEngine()
    {
        foreach (var frame in _frames)
        {
            await _rulesEngine.Evaluate(frame, _statuses).ConfigureAwait(false);
        }

        return _statuses[^1];
    }
}
