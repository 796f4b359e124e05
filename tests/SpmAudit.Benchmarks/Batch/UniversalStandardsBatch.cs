using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;

namespace SpmAudit.Benchmarks.Batch;

/// <summary>
/// The shipped Universal Standards ruleset, compiled once, and 10,000 institutions made from the
/// shipped example packs: the inputs of the batch benchmarks.
/// </summary>
internal sealed class UniversalStandardsBatch
{
    public const int Institutions = 10_000;

    public static readonly ParallelOptions TwoCores = new() { MaxDegreeOfParallelism = 2 };

    public UniversalStandardsBatch()
    {
        var path = RepositoryRoot.Combine("rulesets", "universal-standards", "universal-standards.spm");
        var compilation = RulesetCompiler.Compile(path, RepositoryRoot.Path);
        if (!compilation.Success)
        {
            throw new InvalidOperationException($"{path} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, compilation.Diagnostics)}");
        }

        Compiled = CompiledRuleset.Create(compilation.Ruleset!);
        Packs = PackVariants.Make(compilation.Ruleset!, ExamplePacks.Load(compilation.Ruleset!), Institutions, seed: 2025);
    }

    public CompiledRuleset Compiled { get; }

    public EvidencePack[] Packs { get; }
}
