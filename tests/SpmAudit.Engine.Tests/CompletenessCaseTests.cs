using System.Globalization;
using System.Text;
using SpmAudit.Engine.Auditing;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>
/// Golden cases of the completeness rules: each folder under Cases/Completeness holds an evidence
/// pack and expected.txt, the score, coverage and grade (or why there is none) and every
/// indicator's status and reason, against Cases/Completeness/ruleset.spm.
/// </summary>
public sealed class CompletenessCaseTests
{
    private static string Root => RepositoryPaths.Combine("tests", "SpmAudit.Engine.Tests", "Cases", "Completeness");

    public static TheoryData<string> Cases() => GoldenCases.In(Root);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Completeness_rules_give_exactly_the_expected_result(string name)
    {
        var outcome = Auditor.Audit(Path.Combine(Root, "ruleset.spm"), Path.Combine(Root, name, "evidence.yaml"), displayBase: Root);

        var text = new StringBuilder();
        foreach (var diagnostic in outcome.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        var result = outcome.Result.ShouldNotBeNull();
        text.Append(CultureInfo.InvariantCulture, $"score {result.Score:0.##}, coverage {result.Coverage:0.##}, grade {result.Grade?.Grade ?? "none"}\n");
        text.Append(CultureInfo.InvariantCulture, $"{result.Completeness?.Reason ?? "(complete enough for a grade)"}\n");
        foreach (var indicator in result.Indicators)
        {
            text.Append(CultureInfo.InvariantCulture, $"{indicator.Node.Id} {indicator.Status}: {indicator.Reason}\n");
        }

        Baseline.Verify(Path.Combine(Root, name, "expected.txt"), text.ToString());
    }
}
