using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;

namespace SpmAudit.Language.Tests.Distribution;

public sealed class RulesetLocatorTests
{
    private static readonly string[] Versions = ["3.10.0", "2.9.9", "3.2.0", "3.9.1"];

    [Theory]
    [InlineData("universal-standards")]
    [InlineData("universal-standards@3")]
    [InlineData("universal-standards@3.0")]
    [InlineData("universal-standards@3.0.0")]
    public void A_shipped_name_with_a_major_minor_or_exact_version_finds_the_embedded_ruleset(string name)
    {
        var diagnostics = new DiagnosticBag();

        var location = RulesetLocator.Locate(name, diagnostics);

        diagnostics.ToSortedArray().ShouldBeEmpty();
        location!.Store.ShouldBeSameAs(ShippedCatalog.Store);
        location.Path.ShouldBe("/universal-standards/universal-standards.spm");
    }

    [Theory]
    [InlineData("universal-standards@4", "SPM6002")]
    [InlineData("universal-standards@3.1", "SPM6002")]
    [InlineData("universal-standards@3.0.1", "SPM6002")]
    [InlineData("universal-standards@v3", "SPM6003")]
    [InlineData("universal-standards@3.0.0.0", "SPM6003")]
    [InlineData("no-such-ruleset", "SPM6001")]
    public void A_name_no_shipped_ruleset_matches_is_refused_with_a_code(string name, string code) =>
        RulesetLocator.Compile(name).Diagnostics.Select(d => d.Code).ShouldBe([code]);

    [Fact]
    public void A_file_wins_over_a_shipped_name_so_existing_paths_keep_their_meaning()
    {
        var folder = Directory.CreateTempSubdirectory("spm-locator-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "universal-standards"), "");

            var result = RulesetLocator.Compile("universal-standards", folder: folder, displayBase: folder);

            result.Diagnostics.Select(d => d.Code).ShouldBe(["SPM0004"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_named_like_a_shipped_ruleset_does_not_hide_it()
    {
        var diagnostics = new DiagnosticBag();

        var location = RulesetLocator.Locate("universal-standards", diagnostics, folder: SpmAudit.Tests.RepositoryPaths.Rulesets);

        diagnostics.ToSortedArray().ShouldBeEmpty();
        location!.Store.ShouldBeSameAs(ShippedCatalog.Store);
    }

    [Fact]
    public void A_path_is_never_taken_for_a_name()
    {
        var result = RulesetLocator.Compile("missing.spm");

        result.Diagnostics.Select(d => d.Code).ShouldBe(["SPM0001"]);
    }

    [Theory]
    [InlineData("3", "3.0.0", true)]
    [InlineData("3", "3.2.1", true)]
    [InlineData("3", "30.0.0", false)]
    [InlineData("3.2", "3.2.7", true)]
    [InlineData("3.2", "3.20.0", false)]
    [InlineData("3.0.0", "3.0.0", true)]
    [InlineData("3.0.0", "3.0.0-beta", true)]
    [InlineData("3.0.0", "3.0.1", false)]
    [InlineData("3.0", "3", false)]
    public void A_version_spec_matches_by_leading_numeric_parts(string spec, string version, bool matches) =>
        VersionSpec.Parse(spec)!.Matches(version).ShouldBe(matches);

    [Fact]
    public void The_newest_matching_version_is_chosen_whatever_the_order_of_the_list()
    {
        var shipped = Versions.Select(v => new ShippedRuleset("r", v, "R", null, $"r-{v}.spm", null)).ToList();

        ShippedCatalog.Select(shipped, "r", VersionSpec.Parse("3")).ShouldNotBeNull().Version.ShouldBe("3.10.0");
        ShippedCatalog.Select(shipped, "r", VersionSpec.Parse("3.9")).ShouldNotBeNull().Version.ShouldBe("3.9.1");
        ShippedCatalog.Select(shipped, "r", null).ShouldNotBeNull().Version.ShouldBe("3.10.0");
        ShippedCatalog.Select(shipped, "r", VersionSpec.Parse("4")).ShouldBeNull();
    }
}
