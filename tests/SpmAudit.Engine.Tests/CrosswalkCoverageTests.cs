using SpmAudit.Engine.Analysis;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Crosswalks;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>The share of one ruleset answerable from another's evidence: directly, through a former key, or through a mapping.</summary>
public sealed class CrosswalkCoverageTests
{
    private static readonly Ruleset Current = Compile("universal-standards", "universal-standards.spm");
    private static readonly Ruleset Edition2 = Compile("universal-standards-v2", "universal-standards-v2.spm");
    private static readonly Ruleset ClientProtection = Compile("client-protection", "client-protection.yaml");

    private static Ruleset Compile(string folder, string file) => RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", folder, file)).Ruleset!;

    private static Crosswalk Map(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = CrosswalkReader.Parse(yaml, "map.yaml", diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return map!;
    }

    [Fact]
    public void An_indicator_is_answerable_only_when_every_key_it_reads_was_collected()
    {
        var coverage = CrosswalkCoverage.Compute(Current, ClientProtection, new HashSet<string> { "credit.capacity_policy", "credit.files_sampled", "institution.offers_credit" }, "test", null);

        var capacity = coverage.Indicators.Single(i => i.Indicator.Id == "CP2.1");
        capacity.Missing.ShouldBe(["credit.files_with_capacity_analysis"]);
        coverage.Indicators.Single(i => i.Indicator.Id == "CP1.1").Missing.ShouldBe(["products.needs_research"]);
        coverage.Answerable.ShouldBe(0);
        coverage.MissingKeys.Single(k => k.Key == "credit.files_with_capacity_analysis").Indicators.ShouldBe(["CP2.1"]);
    }

    [Fact]
    public void Every_key_a_ruleset_reads_answers_the_rulesets_that_read_no_other()
    {
        var coverage = CrosswalkCoverage.Compute(Current, ClientProtection, CrosswalkCoverage.KeysRead(Current), "test", null);

        coverage.Share.ShouldBe(1);
        CrosswalkCoverage.Compute(ClientProtection, Current, CrosswalkCoverage.KeysRead(ClientProtection), "test", null).Share.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void A_mapped_key_answers_the_key_it_maps_to_with_its_conversion()
    {
        var map = Map("""
            crosswalk:
              from: { ruleset: universal-standards, version: "2" }
              to: { ruleset: universal-standards, version: "3" }
            evidence:
              - { from: clientdata.validation, to: clientdata.error_rate, scale: 0.01 }
            """);
        var without = CrosswalkCoverage.Compute(Edition2, Current, new HashSet<string> { "clientdata.validation" }, "test", null);
        var with = CrosswalkCoverage.Compute(Edition2, Current, new HashSet<string> { "clientdata.validation" }, "test", map);

        without.Indicators.Single(i => i.Indicator.Id == "1.B.1.5").Missing.ShouldBe(["clientdata.error_rate"]);
        var accuracy = with.Indicators.Single(i => i.Indicator.Id == "1.B.1.5");
        accuracy.Missing.ShouldBeEmpty();
        accuracy.Answered.Single(a => a.Key == "clientdata.error_rate").From.ShouldBe("clientdata.validation");
        accuracy.Answered.Single(a => a.Key == "clientdata.error_rate").Conversion!.Scale.ShouldBe(0.01m);
    }

    [Fact]
    public void A_former_key_answers_its_new_key_without_a_map()
    {
        var coverage = CrosswalkCoverage.Compute(Edition2, Current, new HashSet<string> { "finance.portfolio_at_risk_30", "institution.offers_credit" }, "test", null);

        var par = coverage.Indicators.Single(i => i.Indicator.Id == "4.A.2.1");
        par.Missing.ShouldBeEmpty();
        par.Answered.Single(a => a.Key == "portfolio.par30").From.ShouldBe("finance.portfolio_at_risk_30");
    }

    [Fact]
    public void The_mapped_indicators_of_the_target_are_its_counterparts()
    {
        var map = Map("""
            crosswalk:
              from: { ruleset: universal-standards, version: "3" }
              to: { ruleset: client-protection, version: "2" }
            indicators:
              - { from: 4.A.1.1, to: CP2.1, relation: equivalent }
              - { from: 4.A.2.1, to: CP2.6, relation: narrower }
            """);
        var coverage = CrosswalkCoverage.Compute(Current, ClientProtection, CrosswalkCoverage.KeysRead(Current), "test", map);

        coverage.Indicators.Single(i => i.Indicator.Id == "CP2.6").Counterparts.Single().Relation.ShouldBe(MappingRelation.Narrower);
        coverage.Indicators.Count(i => !i.Counterparts.IsEmpty).ShouldBe(2);
    }
}
