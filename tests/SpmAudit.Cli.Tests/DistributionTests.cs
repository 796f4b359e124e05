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

    [Fact]
    public void Auditing_through_a_bundle_prints_the_json_of_its_files()
    {
        var folder = Directory.CreateTempSubdirectory("spm-bundle-").FullName;
        try
        {
            Execute("bundle", "rulesets/universal-standards/universal-standards.spm", "--out", Path.Combine(folder, "us.spmb")).ExitCode.ShouldBe(0);

            var fromBundle = Execute("audit", "--ruleset", Path.Combine(folder, "us.spmb"), "--evidence", Example);
            var fromFile = Execute("audit", "--ruleset", "rulesets/universal-standards/universal-standards.spm", "--evidence", Example);

            fromBundle.ExitCode.ShouldBe(0, fromBundle.Stderr);
            fromBundle.Stdout.ShouldBe(fromFile.Stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("rsa")]
    [InlineData("ec")]
    public void A_bundle_signed_with_one_key_verifies_with_its_public_key_and_fails_with_another(string algorithm)
    {
        var folder = Directory.CreateTempSubdirectory("spm-sign-").FullName;
        try
        {
            WriteKeys(folder, "signer", algorithm);
            WriteKeys(folder, "other", algorithm);
            var none = new Dictionary<string, string>();
            ExecuteIn(folder, none, "bundle", "client-protection@2", "--out", "cp.spmb", "--sign", "signer.pem").ExitCode.ShouldBe(0);

            var right = ExecuteIn(folder, none, "bundle", "verify", "cp.spmb", "--key", "signer.pub.pem");
            var wrong = ExecuteIn(folder, none, "bundle", "verify", "cp.spmb", "--key", "other.pub.pem");

            right.ExitCode.ShouldBe(0, right.Stderr);
            right.Stdout.ShouldContain("verifies with signer.pub.pem");
            wrong.ExitCode.ShouldBe(1);
            wrong.Stderr.ShouldStartWith("cp.spmb(1,1): error SPM6201:");
            wrong.ShouldHaveNoStackTrace();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void WriteKeys(string folder, string name, string algorithm)
    {
        using System.Security.Cryptography.AsymmetricAlgorithm key = algorithm == "rsa"
            ? System.Security.Cryptography.RSA.Create(2048)
            : System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        File.WriteAllText(Path.Combine(folder, name + ".pem"), key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(Path.Combine(folder, name + ".pub.pem"), key.ExportSubjectPublicKeyInfoPem());
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
