using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests.Scripting;

/// <summary>
/// Roslyn loads only for rulesets with C# functions. Other tests of this process load it, so the
/// audits run in a context of their own that loads SpmAudit and its packages afresh from the test's
/// folder: what that context loaded is what one audit needs.
/// </summary>
public sealed class RoslynLoadingTests
{
    [Fact]
    public void An_audit_without_CSharp_functions_never_loads_Roslyn()
    {
        var loaded = IsolatedLoading.OfAudit(
            RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm"),
            RepositoryPaths.Combine("rulesets", "examples", "sahel-solidarity-finance.yaml"));

        loaded.ShouldContain("SpmAudit.Engine");
        loaded.ShouldNotContain(n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        loaded.ShouldNotContain("SpmAudit.Scripting");
    }

    [Fact]
    public void Compiling_a_ruleset_with_CSharp_functions_does_load_it()
    {
        var dir = Directory.CreateTempSubdirectory("spm-roslyn-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.spm"), $$"""
                ruleset roslyn "Roslyn"
                  levels standard > indicator
                grades { "A" >= 50  "B" >= 0 }
                evidence { n.value : number }
                function twice(x : number) : number = csharp ```return x * 2; // {{Guid.NewGuid()}}```
                standard S "S" { indicator I "I" { score { met when twice(n.value) > 1 } } }
                """);
            var loaded = IsolatedLoading.OfCompile(Path.Combine(dir, "r.spm"));
            loaded.ShouldContain(n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
