using SpmAudit.Language.Distribution;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests;

/// <summary>
/// Golden compiler cases: each folder under Cases/ holds a ruleset (ruleset.spm or ruleset.yaml,
/// or the file or shipped ruleset named in entry.txt) and expected.txt, the diagnostics exactly as
/// the CLI prints them. Entries go through the locator, as every command's ruleset argument does.
/// </summary>
public sealed class DiagnosticCaseTests
{
    public static TheoryData<string> Cases() => GoldenCases.In(CasesRoot);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiler_reports_exactly_the_expected_diagnostics(string name)
    {
        var dir = Path.Combine(CasesRoot, name);
        var result = RulesetLocator.Compile(EntryFile(dir), folder: dir, displayBase: dir);

        var actual = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        Baseline.Verify(Path.Combine(dir, "expected.txt"), actual);
    }

    internal static string CasesRoot => RepositoryPaths.Combine("tests", "SpmAudit.Language.Tests", "Cases");

    internal static string EntryFile(string dir)
    {
        var entry = Path.Combine(dir, "entry.txt");
        if (File.Exists(entry))
        {
            return File.ReadAllText(entry).Trim();
        }

        return File.Exists(Path.Combine(dir, "ruleset.yaml")) ? "ruleset.yaml" : "ruleset.spm";
    }
}
