using System.Text.RegularExpressions;
using SpmAudit.Tests;
using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

/// <summary>What a tool-only user gets: the version, and the shipped rulesets by name from any folder.</summary>
public sealed partial class DistributionTests
{
    private const string Example = "rulesets/examples/sahel-solidarity-finance.yaml";

    [Fact]
    public void Version_option_prints_the_version_set_once_in_Directory_Build_props()
    {
        var declared = VersionPrefix().Match(File.ReadAllText(RepositoryPaths.Combine("Directory.Build.props"))).Groups[1].Value;

        var run = Execute("--version");

        run.ExitCode.ShouldBe(0);
        run.Stdout.Trim().ShouldBe(declared);
        Language.Versioning.EngineVersion.Current.ShouldBe(declared);
    }

    [Theory]
    [InlineData("universal-standards@3", "rulesets/universal-standards/universal-standards.spm")]
    [InlineData("investor-due-diligence", "rulesets/profiles/investor-due-diligence.yaml")]
    public void Auditing_a_shipped_ruleset_by_name_away_from_the_repository_prints_the_json_of_its_file(string name, string file)
    {
        var folder = Directory.CreateTempSubdirectory("spm-outside-").FullName;
        try
        {
            File.Copy(RepositoryPaths.Combine(Example.Split('/')), Path.Combine(folder, "pack.yaml"));

            var embedded = ExecuteIn(folder, new Dictionary<string, string>(), "audit", "--ruleset", name, "--evidence", "pack.yaml", "--format", "json");
            var fromFile = Execute("audit", "--ruleset", file, "--evidence", Example, "--format", "json");

            embedded.ExitCode.ShouldBe(0, embedded.Stderr);
            fromFile.ExitCode.ShouldBe(0, fromFile.Stderr);
            embedded.Stdout.ShouldBe(fromFile.Stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
