using SpmAudit.Language.Compilation;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Language.Tests.Scripting;

/// <summary>The meter stops code that never ends, at the documented limit, and the call reports it.</summary>
public sealed class MeterTests
{
    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("for (var i = 0; ; i++) { }")]
    [InlineData("return endless(x + 1);")]
    [InlineData("Func<double, double> f = null; f = y => f(y + 1); return f(x);")]
    [InlineData("try { while (true) { } } catch (Exception) { } return x;")]
    public void Endless_loops_and_recursions_are_stopped(string body)
    {
        var function = Load(body);
        function.Invoke([1.0], [[]], out var failure).ShouldBeNull();
        failure!.OutOfFuel.ShouldBeTrue();
    }

    [Fact]
    public void A_long_loop_within_the_limit_finishes() =>
        Load("var s = 0.0; for (var i = 0; i < 1000000; i++) { s += 1; } return s;").Invoke([1.0], [[]], out _).ShouldBe(1_000_000.0);

    private static ScriptFunction Load(string body)
    {
        var dir = Directory.CreateTempSubdirectory("spm-meter-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.spm"), $$"""
                ruleset metered "Metered"
                  levels standard > indicator
                grades { "A" >= 50  "B" >= 0 }
                evidence { n.value : number }
                function endless(x : number) : number = csharp ```{{body}}```
                standard S "S" { indicator I "I" { score { met when endless(n.value) > 1 } } }
                """);
            var compilation = RulesetCompiler.Compile(Path.Combine(dir, "r.spm"), dir);
            compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            return ScriptStage.Load(compilation.Ruleset! with { ScriptsTrusted = true })["endless"];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
