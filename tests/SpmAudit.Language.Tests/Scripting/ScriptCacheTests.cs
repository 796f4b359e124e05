using SpmAudit.Language.Compilation;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Language.Tests.Scripting;

/// <summary>Counts compilations of the whole process, so it runs alone.</summary>
[CollectionDefinition(nameof(ScriptCacheTests), DisableParallelization = true)]
public sealed class ScriptCacheRunsAlone;

[Collection(nameof(ScriptCacheTests))]
public sealed class ScriptCacheTests
{
    [Fact]
    public void A_second_run_with_the_same_sources_loads_the_cached_assembly_without_compiling()
    {
        var dir = Directory.CreateTempSubdirectory("spm-cache-").FullName;
        try
        {
            // A fresh comment makes the sources, and so the cache key, new to this machine.
            File.WriteAllText(Path.Combine(dir, "r.spm"), $$"""
                ruleset cached "Cached"
                  levels standard > indicator
                grades { "A" >= 50  "B" >= 0 }
                evidence { n.value : number }
                function twice(x : number) : number = csharp ```return x * 2; // {{Guid.NewGuid()}}```
                standard S "S" { indicator I "I" { score { met when twice(n.value) > 1 } } }
                """);
            var before = ScriptCompilerSeam.Compilations;
            var first = RulesetCompiler.Compile(Path.Combine(dir, "r.spm"), dir);
            first.Success.ShouldBeTrue();
            ScriptCompilerSeam.Compilations.ShouldBe(before + 1);

            // As a new process would start: nothing in memory, the assembly on disk.
            ScriptCache.ClearMemory();
            var second = RulesetCompiler.Compile(Path.Combine(dir, "r.spm"), dir);
            var scripts = ScriptStage.Load(second.Ruleset! with { ScriptsTrusted = true });

            ScriptCompilerSeam.Compilations.ShouldBe(before + 1);
            scripts["twice"].Invoke([21.0], [[]], out var failure).ShouldBe(42.0);
            failure.ShouldBeNull();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("list of { v: number }", "return x * 2;", "SPM3823")]
    [InlineData("number", "return ((((((((((((((((((((x))))))))))))))))))));", "SPM3827")]
    public void Sources_refused_once_are_refused_again_never_cached_as_passed(string result, string body, string code)
    {
        var dir = Directory.CreateTempSubdirectory("spm-cache-").FullName;
        try
        {
            // A refusal made before Roslyn ran returned an empty assembly, and it was cached: the second
            // compile found it and passed the sources without a word. (The SPM3827 body is nested 320 deep.)
            var code_ = code == "SPM3827" ? body.Replace("x", new string('(', 300) + "x" + new string(')', 300), StringComparison.Ordinal) : body;
            File.WriteAllText(Path.Combine(dir, "r.spm"), $$"""
                ruleset refused "Refused"
                  levels standard > indicator
                grades { "A" >= 50  "B" >= 0 }
                evidence { n.value : number }
                function f(x : number) : {{result}} = csharp ```{{code_}} // {{Guid.NewGuid()}}```
                standard S "S" { indicator I "I" { score { met when n.value > 1 } } }
                """);
            for (var run = 1; run <= 2; run++)
            {
                ScriptCache.ClearMemory();
                RulesetCompiler.Compile(Path.Combine(dir, "r.spm"), dir).Diagnostics.ShouldContain(d => d.Code == code, $"run {run}");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Changing_the_code_changes_the_key()
    {
        var dir = Directory.CreateTempSubdirectory("spm-cache-").FullName;
        try
        {
            var path = Path.Combine(dir, "r.spm");
            string Key(string body)
            {
                File.WriteAllText(path, $$"""
                    ruleset keyed "Keyed"
                      levels standard > indicator
                    grades { "A" >= 50  "B" >= 0 }
                    evidence { n.value : number }
                    function f(x : number) : number = csharp ```{{body}}```
                    standard S "S" { indicator I "I" { score { met when f(n.value) > 1 } } }
                    """);
                return ScriptCache.Key(RulesetCompiler.Compile(path, dir).Ruleset!.Functions);
            }

            Key("return x * 2;").ShouldNotBe(Key("return x * 3;"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
