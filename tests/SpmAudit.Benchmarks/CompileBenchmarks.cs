using BenchmarkDotNet.Attributes;
using SpmAudit.Benchmarks.Synthetic;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Model;

namespace SpmAudit.Benchmarks;

/// <summary>
/// Compile time of a 1,000-indicator ruleset: from the DSL and from the same ruleset in YAML
/// (read + parse + bind, as RulesetCompiler.Compile does it), and separately the step that turns the
/// model into delegates (CompiledRuleset.Create), which an audit also pays.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private const int Indicators = 1000;

    private SyntheticWorkspace _workspace = null!;
    private Ruleset _ruleset = null!;
    private EvidenceFrame _frame = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new SyntheticWorkspace(Indicators);
        try
        {
            _ruleset = _workspace.Compile(_workspace.DslPath);
            _frame = FrameBuilder.Build(_ruleset, SyntheticWorkspace.LoadPack(_ruleset, Indicators, seed: 1));
            // The YAML file must compile to the same indicators, or the two timings are not comparable.
            var fromYaml = _workspace.Compile(_workspace.YamlPath);
            if (!fromYaml.Indicators.Select(i => i.Id).SequenceEqual(_ruleset.Indicators.Select(i => i.Id)))
            {
                throw new InvalidOperationException("The YAML form of the synthetic ruleset has other indicators than the DSL form.");
            }
        }
        catch
        {
            // BenchmarkDotNet skips GlobalCleanup when GlobalSetup throws; don't leave the folder behind.
            _workspace.Delete();
            throw;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Delete();

    [Benchmark(Baseline = true, Description = "compile DSL (1,000 indicators)")]
    public Ruleset? CompileDsl() => RulesetCompiler.Compile(_workspace.DslPath, _workspace.Folder).Ruleset;

    [Benchmark(Description = "compile YAML (1,000 indicators)")]
    public Ruleset? CompileYaml() => RulesetCompiler.Compile(_workspace.YamlPath, _workspace.Folder).Ruleset;

    [Benchmark(Description = "CompiledRuleset.Create (1,000 indicators)")]
    public CompiledRuleset CreateDelegates() => CompiledRuleset.Create(_ruleset);

    /// <summary>Create, then evaluate one pack: the generated methods are compiled by the JIT on their first call.</summary>
    [Benchmark(Description = "Create + first evaluation, JIT included (1,000 indicators)")]
    public IndicatorStatus CreateAndEvaluateOnce()
    {
        var compiled = CompiledRuleset.Create(_ruleset);
        var statuses = new IndicatorStatus[Indicators];
        compiled.Evaluate(_frame, statuses, new byte[Indicators]);
        return statuses[^1];
    }
}
