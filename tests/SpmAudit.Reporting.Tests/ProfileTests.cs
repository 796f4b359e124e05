using System.Text.Json;
using SpmAudit.Engine.Auditing;
using SpmAudit.Language.Compilation;
using SpmAudit.Reporting.Json;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

public sealed class ProfileTests
{
    private static string Profile(string name) => Path.Combine(RepositoryPaths.Rulesets, "profiles", name);

    [Fact]
    public void Shipped_profiles_compile_without_diagnostics()
    {
        foreach (var profile in ShippedRulesets.Profiles())
        {
            RulesetCompiler.Compile(profile).Diagnostics.ShouldBeEmpty(profile);
        }
    }

    [Fact]
    public void The_investor_subset_keeps_about_eighty_indicators_and_the_hierarchy()
    {
        var ruleset = RulesetCompiler.Compile(Profile("investor-due-diligence.yaml")).Ruleset!;

        ruleset.Indicators.Length.ShouldBeInRange(75, 95);
        ruleset.Levels.ShouldBe(["dimension", "standard", "practice", "indicator"]);
        ruleset.Nodes.Select(n => n.Id).ShouldBe(["1", "2", "4", "5", "6"]);
        ruleset.Indicators.Single(i => i.Id == "4.A.1.1").Weight.ShouldBe(3);
    }

    [Fact]
    public void A_profile_can_leave_out_an_optional_module_whole()
    {
        var ruleset = RulesetCompiler.Compile(Profile("investor-due-diligence.yaml")).Ruleset!;
        var full = RulesetCompiler.Compile(Path.Combine(RepositoryPaths.Rulesets, "universal-standards", "universal-standards.spm")).Ruleset!;

        // The poverty module extends 1.B.1 and 6.A.1; the full ruleset has both indicators, the profile neither.
        full.Indicators.Select(i => i.Id).ShouldContain("6.A.1.4");
        ruleset.Indicators.Select(i => i.Id).ShouldNotContain("6.A.1.4");
        ruleset.Sources.Select(s => s.Path).ShouldNotContain("universal-standards/module-poverty.spm");
    }

    [Fact]
    public void A_profile_keeps_the_translations_of_the_nodes_it_keeps_and_drops_a_translated_guidance_it_rewrites()
    {
        var ruleset = RulesetCompiler.Compile(Profile("investor-due-diligence.yaml")).Ruleset!;
        var french = ruleset.Translations["fr"];

        // 3 (client-centred products) is left out of the subset, and its translation with it.
        french.ContainsKey("3").ShouldBeFalse();
        french["4.A.1.1"].Title.ShouldStartWith("Chaque prêt");
        french["4.A.1.1"].Guidance.ShouldNotBeNull();
        // The profile rewrites 1.A.1.1's guidance: the base's French guidance no longer says the same.
        french["1.A.1.1"].Guidance.ShouldBeNull();
        french["1.A.1.1"].Title.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void A_two_level_chain_resolves_and_its_results_name_base_and_profiles()
    {
        var outcome = Auditor.Audit(Profile("east-africa-network.yaml"), Path.Combine(RepositoryPaths.Rulesets, "examples", "umoja-women-ngo.yaml"));

        outcome.Diagnostics.ShouldBeEmpty();
        using var json = JsonDocument.Parse(AuditJsonWriter.Write(outcome.Result!));
        var ruleset = json.RootElement.GetProperty("ruleset");
        ruleset.GetProperty("id").GetString().ShouldBe("east-africa-network");
        var lineage = ruleset.GetProperty("lineage").EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("id").GetString()} {e.GetProperty("version").GetString()}");
        lineage.ShouldBe(["ruleset universal-standards 3.0.0", "profile investor-due-diligence 1.0.0", "profile east-africa-network 1.0.0"]);
        outcome.Result!.Ruleset.Indicators.ShouldContain(i => i.Id == "4.A.2.9");
        outcome.Result.Ruleset.Indicators.ShouldNotContain(i => i.Id.StartsWith("5.A.3", StringComparison.Ordinal));
        outcome.Result.Ruleset.Parameters.Single(p => p.Name == "max_debt_service_ratio").Value.ShouldBe(0.4);
    }
}
