using SpmAudit.Language.Compilation;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests;

public sealed class ShippedRulesetTests
{
    public static TheoryData<string> Roots() => ShippedRulesets.Relative(ShippedRulesets.Roots());

    [Theory]
    [MemberData(nameof(Roots))]
    public void Every_shipped_ruleset_checks_without_a_single_diagnostic(string root) =>
        RulesetCompiler.Compile(Path.Combine(RepositoryPaths.Rulesets, root)).Diagnostics.ShouldBeEmpty();

    [Fact]
    public void Universal_standards_has_the_v3_structure_and_at_least_150_indicators()
    {
        var ruleset = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm")).Ruleset!;

        ruleset.Nodes.Select(n => n.Id).ShouldBe(["1", "2", "3", "4", "5", "6", "7"]);
        ruleset.Nodes.SelectMany(n => n.Children).Select(s => s.Id).ShouldBe(
            ["1A", "1B", "2A", "2B", "3A", "3B", "4A", "4B", "4C", "4D", "4E", "5A", "5B", "5C", "6A", "6B", "6C", "6D", "7A", "7B", "7C"]);
        ruleset.Indicators.Length.ShouldBeGreaterThanOrEqualTo(150);
        ruleset.Indicators.ShouldAllBe(i => i.Rule!.Guidance != null && i.Rule.Guidance.Length > 20);
    }

    [Fact]
    public void Optional_dimensions_live_in_their_own_files_so_profiles_can_leave_them_out()
    {
        var ruleset = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm")).Ruleset!;

        ruleset.Sources.Select(s => s.Path).ShouldContain("universal-standards/dimension-7-environment.spm");
        ruleset.Sources.Select(s => s.Path).ShouldContain("universal-standards/module-gender.spm");
        ruleset.Sources.Select(s => s.Path).ShouldContain("universal-standards/module-poverty.spm");
    }
}
