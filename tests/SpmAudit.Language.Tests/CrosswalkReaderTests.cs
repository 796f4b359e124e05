using SpmAudit.Language.Compilation;
using SpmAudit.Language.Crosswalks;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests;

/// <summary>The crosswalk loader: what it reads, what it refuses, and the shipped crosswalks against their rulesets.</summary>
public sealed class CrosswalkReaderTests
{
    private const string Header = """
        crosswalk:
          title: Test
          from: { ruleset: universal-standards, version: "3" }
          to: { ruleset: client-protection, version: "2" }

        """;

    private static (Crosswalk? Map, Diagnostic[] Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = CrosswalkReader.Parse(yaml, "map.yaml", diagnostics);
        return (map, diagnostics.ToSortedArray().ToArray());
    }

    private static Ruleset Compile(string folder, string file) => RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", folder, file)).Ruleset!;

    [Fact]
    public void Mappings_are_read_with_their_relation_and_conversion()
    {
        var (map, diagnostics) = Read(Header + """
            indicators:
              - { from: 4.A.1.1, to: CP2.1, relation: broader, note: "Also checks files." }
            evidence:
              - { from: a.b, to: c.d }
              - { from: a.e, to: c.f, scale: 100 }
              - { from: a.g, to: c.h, values: { none: no_roles } }
            """);

        diagnostics.ShouldBeEmpty();
        map!.Indicators.Single().ShouldBe(map.Indicators[0] with { From = "4.A.1.1", To = "CP2.1", Relation = MappingRelation.Broader, Note = "Also checks files." });
        map.Evidence.Select(e => e.Conversion.Describe()).ShouldBe(["same value", "× 100", "none → no_roles"]);
    }

    [Fact]
    public void A_file_without_a_crosswalk_header_is_SPM7200()
    {
        Read("ruleset: { id: x }\n").Diagnostics.Single().Code.ShouldBe("SPM7200");
    }

    [Fact]
    public void A_relation_outside_the_four_is_SPM7205_and_a_pair_mapped_twice_SPM7206()
    {
        var (map, diagnostics) = Read(Header + """
            indicators:
              - { from: 1, to: 2, relation: similar }
              - { from: 1, to: 3, relation: related }
              - { from: 1, to: 3, relation: related }
            """);

        map.ShouldBeNull();
        diagnostics.Select(d => d.Code).ShouldBe(["SPM7205", "SPM7206"]);
    }

    [Fact]
    public void Unknown_ids_and_keys_are_located_at_their_mapping()
    {
        var (map, _) = Read(Header + """
            indicators:
              - { from: 4.A.1.1, to: CP2.99, relation: equivalent }
            evidence:
              - { from: portfolio.par3, to: portfolio.par30 }
            """);
        var diagnostics = new DiagnosticBag();

        CrosswalkChecker.Check(map!, Compile("universal-standards", "universal-standards.spm"), Compile("client-protection", "client-protection.yaml"), diagnostics).ShouldBeFalse();

        diagnostics.ToSortedArray().Select(d => (d.Code, d.Span.Line)).ShouldBe([("SPM7203", 6), ("SPM7204", 8)]);
    }

    [Fact]
    public void Rulesets_given_in_the_wrong_order_are_SPM7201()
    {
        var (map, _) = Read(Header);
        var diagnostics = new DiagnosticBag();

        CrosswalkChecker.Check(map!, Compile("client-protection", "client-protection.yaml"), Compile("universal-standards", "universal-standards.spm"), diagnostics).ShouldBeFalse();

        diagnostics.ToSortedArray().Select(d => d.Code).ShouldBe(["SPM7201", "SPM7201"]);
    }

    [Fact]
    public void Inverting_turns_relations_and_conversions_round_and_leaves_out_merged_choices()
    {
        var (map, _) = Read(Header + """
            indicators:
              - { from: 4.A.1.1, to: CP2.1, relation: broader }
            evidence:
              - { from: a.e, to: c.f, scale: 100 }
              - { from: a.g, to: c.h, values: { none: no, never: no } }
            """);

        var inverse = map!.Inverted();

        inverse.From.Ruleset.ShouldBe("client-protection");
        inverse.Indicators.Single().ShouldBe(map.Indicators[0] with { From = "CP2.1", To = "4.A.1.1", Relation = MappingRelation.Narrower });
        inverse.Evidence.Single().Conversion.Scale.ShouldBe(0.01m);
    }

    [Theory]
    [InlineData("universal-standards-client-protection.yaml", "universal-standards/universal-standards.spm", "client-protection/client-protection.yaml")]
    [InlineData("universal-standards-social-rating.yaml", "universal-standards/universal-standards.spm", "social-rating/social-rating.spm")]
    [InlineData("universal-standards-v2-v3.yaml", "universal-standards-v2/universal-standards-v2.spm", "universal-standards/universal-standards.spm")]
    public void Shipped_crosswalks_check_clean_against_the_rulesets_they_join(string file, string from, string to)
    {
        var diagnostics = new DiagnosticBag();
        var map = CrosswalkReader.Read(RepositoryPaths.Combine("rulesets", "crosswalks", file), file, diagnostics);
        var fromRuleset = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", from)).Ruleset!;
        var toRuleset = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", to)).Ruleset!;

        CrosswalkChecker.Check(map!, fromRuleset, toRuleset, diagnostics).ShouldBeTrue();
        diagnostics.ToSortedArray().ShouldBeEmpty();
        CrosswalkChecker.Check(map!.Inverted(), toRuleset, fromRuleset, diagnostics).ShouldBeTrue();
    }
}
