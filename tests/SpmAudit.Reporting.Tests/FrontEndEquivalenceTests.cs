using System.Text.RegularExpressions;
using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Json;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>A ruleset converted to the other front end's format gives the same audit, byte for byte.</summary>
public sealed partial class FrontEndEquivalenceTests
{
    public static TheoryData<string> Roots() => ShippedRulesets.Relative(ShippedRulesets.ReadingSharedDictionary());

    [Theory]
    [MemberData(nameof(Roots))]
    public void Converted_ruleset_gives_identical_audit_results(string root)
    {
        var converted = Directory.CreateTempSubdirectory("spm-equivalence-").FullName;
        try
        {
            var names = RulesetTreeConverter.Convert(RepositoryPaths.Rulesets, converted);
            foreach (var pack in Directory.GetFiles(Path.Combine(RepositoryPaths.Rulesets, "examples"), "*.yaml"))
            {
                var original = Auditor.Audit(Path.Combine(RepositoryPaths.Rulesets, root), pack, trustScripts: true);
                var other = Auditor.Audit(Path.Combine(converted, names[root]), pack, trustScripts: true);

                WithoutSources(AuditJsonWriter.Write(other.Result!)).ShouldBe(WithoutSources(AuditJsonWriter.Write(original.Result!)));
            }
        }
        finally
        {
            Directory.Delete(converted, recursive: true);
        }
    }

    /// <summary>The source files (names and hashes) differ by construction; everything else must not.</summary>
    private static string WithoutSources(string json) => SourcesPattern().Replace(json, "");

    [GeneratedRegex(@"""sha256"": ""[0-9a-f]+"",\s*""sources"": \[[^\]]*\]", RegexOptions.Singleline)]
    private static partial Regex SourcesPattern();
}
