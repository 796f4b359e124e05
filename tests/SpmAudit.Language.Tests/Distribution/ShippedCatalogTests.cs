using SpmAudit.Language.Compilation;
using SpmAudit.Language.Distribution;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests.Distribution;

public sealed class ShippedCatalogTests
{
    [Fact]
    public void The_catalog_holds_every_root_ruleset_and_profile_of_the_repository()
    {
        var expected = ShippedRulesets.Roots().Concat(ShippedRulesets.Profiles())
            .Select(f => Path.GetRelativePath(RepositoryPaths.Rulesets, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        ShippedCatalog.Rulesets.Select(r => r.Path).Order(StringComparer.Ordinal).ShouldBe(expected);
    }

    [Fact]
    public void Every_shipped_source_example_pack_and_answer_sheet_is_embedded_byte_for_byte()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Rulesets, "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Rulesets, f).Replace('\\', '/'))
            .Where(f => Path.GetExtension(f) is ".spm" or ".yaml" or ".csx" || (Path.GetExtension(f) == ".csv" && f.Count(c => c == '/') == 1 && f.StartsWith("examples/", StringComparison.Ordinal)))
            .Where(f => !Path.GetFileName(f).StartsWith("_check-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        ShippedCatalog.Store.Files.ShouldBe(files);
        foreach (var file in files)
        {
            ShippedCatalog.Store.Read("/" + file).ShouldBe(File.ReadAllBytes(Path.Combine(RepositoryPaths.Rulesets, file)), file);
        }

        ShippedCatalog.Examples.ShouldContain("examples/sahel-solidarity-finance.yaml");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Each_entry_reads_the_same_header_as_compiling_the_whole_file(string path)
    {
        var entry = ShippedCatalog.Rulesets.Single(r => r.Path == path);
        var info = RulesetCompiler.Compile(Path.Combine(RepositoryPaths.Rulesets, path)).Ruleset!.Info;

        (entry.Id, entry.Version, entry.Title, entry.Follows).ShouldBe((info.Id, info.Version, info.Title, info.Follows));
    }

    [Fact]
    public void Entries_carry_their_header_and_profiles_name_their_base()
    {
        // Two editions ship under one id; the newest is what the bare name means.
        ShippedCatalog.Rulesets.Where(r => r.Id == "universal-standards").Select(r => r.Version).ShouldBe(["2.0.0", "3.0.0"]);
        var universal = ShippedCatalog.Find("universal-standards", null)!;
        universal.Version.ShouldBe("3.0.0");
        universal.Path.ShouldBe("universal-standards/universal-standards.spm");
        universal.Follows!.ShouldStartWith("SPTF Universal Standards");
        universal.Base.ShouldBeNull();

        var network = ShippedCatalog.Rulesets.Single(r => r.Id == "east-africa-network");
        network.Base.ShouldBe("investor-due-diligence@1.0.0");
        network.Follows.ShouldBe(universal.Follows);
    }

    public static TheoryData<string> Shipped()
    {
        var data = new TheoryData<string>();
        foreach (var ruleset in ShippedCatalog.Rulesets)
        {
            data.Add(ruleset.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void An_embedded_ruleset_compiles_to_the_same_sources_hashes_and_lineage_as_its_file(string path)
    {
        var fromFile = RulesetCompiler.Compile(Path.Combine(RepositoryPaths.Rulesets, path)).Ruleset!;
        var embedded = RulesetCompiler.Compile(ShippedCatalog.Store, path);

        embedded.Diagnostics.ShouldBeEmpty();
        embedded.Ruleset!.Sources.ShouldBe(fromFile.Sources);
        embedded.Ruleset.Info.ShouldBe(fromFile.Info with { Lineage = embedded.Ruleset.Info.Lineage });
        embedded.Ruleset.Info.Lineage.ShouldBe(fromFile.Info.Lineage);
        embedded.Ruleset.Indicators.Length.ShouldBe(fromFile.Indicators.Length);
    }
}
