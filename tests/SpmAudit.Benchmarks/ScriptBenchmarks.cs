using BenchmarkDotNet.Attributes;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Benchmarks;

/// <summary>
/// The shipped pricing-transparency module, whose rates are C# functions: compiling it cold (Roslyn
/// compiles, sandboxes, meters and emits), warm (the assembly comes from the cache), and evaluating
/// one institution's pack (Sahel Solidarity Finance: five loan files). The baseline is compiling the
/// same module warm, so the rows read as multiples of a run that does not compile.
/// </summary>
[MemoryDiagnoser]
public class ScriptBenchmarks
{
    private string _path = null!;
    private Ruleset _trusted = null!;
    private CompiledRuleset _compiled = null!;
    private EvidencePack _pack = null!;

    [GlobalSetup]
    public void Setup()
    {
        Environment.SetEnvironmentVariable("SPM_CACHE_DIR", Path.Combine(Path.GetTempPath(), "spm-benchmark-cache"));
        _path = RepositoryRoot.Combine("rulesets", "pricing-transparency", "pricing-transparency.spm");
        var compilation = RulesetCompiler.Compile(_path, RepositoryRoot.Path);
        _trusted = compilation.Ruleset! with { ScriptsTrusted = true };
        _compiled = CompiledRuleset.Create(_trusted);
        _pack = EvidencePacks.Load(RepositoryRoot.Combine("rulesets", "examples", "pricing-transparency", "sahel-solidarity-finance.yaml"), _trusted, new DiagnosticBag())!;
    }

    [Benchmark(Baseline = true, Description = "compile the module, warm (cached assembly)")]
    public bool CompileWarm() => RulesetCompiler.Compile(_path, RepositoryRoot.Path).Success;

    [Benchmark(Description = "compile the module's C#, cold (Roslyn)")]
    public int CompileCold() => ScriptCompilerSeam.Compile([.. _trusted.Functions.Where(f => f.IsCSharp)], ScriptLimits.Fuel).Assembly!.Length;

    [Benchmark(Description = "audit 1 institution, explained")]
    public double Evaluate() => AuditPipeline.Audit(_compiled, _pack, [], explain: true).Score ?? 0;

    [Benchmark(Description = "audit 1 institution, explain: false")]
    public double EvaluateUnexplained() => AuditPipeline.Audit(_compiled, _pack, [], explain: false).Score ?? 0;
}
