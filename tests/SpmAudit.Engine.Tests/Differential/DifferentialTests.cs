using System.Globalization;
using CsCheck;
using Xunit.Abstractions;
using SpmAudit.Engine.Batch;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tests.Differential;

/// <summary>
/// Generated rules over every operator and function, on generated packs with missing values,
/// empty lists, zero denominators and extreme numbers: the compiled status, the traced
/// (explained) status, the batch status and an independent reference evaluation agree on every
/// indicator of every pack, and so do the traced clause values and the reference's.
/// A short run is part of the suite; SPM_DIFFERENTIAL_CASES=1000000 runs the long one
/// (docs/reliability.md records it).
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private const int ShortCases = 6_000;

    [Fact]
    public void Compiled_explained_batch_and_reference_evaluations_agree()
    {
        var long_ = Environment.GetEnvironmentVariable("SPM_DIFFERENTIAL_CASES") is { } text && long.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var (indicators, packs) = long_ > 0 ? (50, 20) : (25, 8);
        var cases = long_ > 0 ? long_ : ShortCases;
        var worlds = Math.Max(1, (cases + indicators * packs - 1) / (indicators * packs));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        World.Worlds(indicators, packs).Sample(Check, iter: worlds, threads: long_ > 0 ? -1 : 1);

        output.WriteLine($"{worlds * indicators * packs:N0} cases ({worlds:N0} rulesets × {indicators} indicators × {packs} packs) agreed in {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    private static void Check(World world)
    {
        var dir = Directory.CreateTempSubdirectory("spm-differential-").FullName;
        try
        {
            var rulesetPath = Path.Combine(dir, "r.spm");
            File.WriteAllText(rulesetPath, world.Ruleset);
            var compilation = RulesetCompiler.Compile(rulesetPath, dir);
            if (compilation.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            {
                throw new InvalidOperationException($"The generator wrote a rule that does not compile: {error}\n{world.Ruleset.Split('\n')[error.Span.Line - 1]}");
            }

            var compiled = CompiledRuleset.Create(compilation.Ruleset!);
            var ruleset = compiled.Ruleset;

            var paths = world.Packs.Select((pack, k) => Path.Combine(dir, $"p{k:00}.yaml")).ToArray();
            for (var k = 0; k < paths.Length; k++)
            {
                File.WriteAllText(paths[k], world.Packs[k]);
            }

            var batch = new BatchAuditor(compiled, compilation.Diagnostics, parallelism: 1).Run(paths).ToList();
            for (var k = 0; k < paths.Length; k++)
            {
                var diagnostics = new DiagnosticBag();
                var pack = EvidencePacks.Load(paths[k], ruleset, diagnostics);
                diagnostics.ToSortedArray().Where(d => d.IsError).ShouldBeEmpty(world.Packs[k]);
                var frame = FrameBuilder.Build(ruleset, pack!);

                var (fast, fastLevels) = (new IndicatorStatus[ruleset.Indicators.Length], new byte[ruleset.Indicators.Length]);
                compiled.Evaluate(frame, fast, fastLevels);
                var (traced, tracedLevels) = (new IndicatorStatus[ruleset.Indicators.Length], new byte[ruleset.Indicators.Length]);
                var values = compiled.EvaluateTraced(frame, traced, tracedLevels);

                foreach (var indicator in ruleset.Indicators)
                {
                    var i = indicator.IndicatorOrdinal;
                    var (status, level, clauses) = new ReferenceEvaluator(pack!).Evaluate(indicator.Rule!);
                    var where = $"indicator I{i}: {world.Rules[i]}\nwith pack:\n{world.Packs[k]}";
                    fast[i].ShouldBe(status, where);
                    traced[i].ShouldBe(status, where);
                    batch[k].Result!.Indicators[i].Status.ShouldBe(status, where);
                    fastLevels[i].ShouldBe((byte)level, where);
                    tracedLevels[i].ShouldBe((byte)level, where);

                    var trace = compiled.Shapes[i].Trace(traced[i], values);
                    trace.Clauses.Select(c => Show(c.Value.Value)).ShouldBe(clauses.Values.Select(Show), where);
                }
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "missing",
        // -0 and 0 are the same value (Math.Max and LINQ's Max may return either).
        double d => (d == 0 ? 0.0 : d).ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
