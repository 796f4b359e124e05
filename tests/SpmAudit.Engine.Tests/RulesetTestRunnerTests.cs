using SpmAudit.Engine.Testing;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>The test cases kept beside the shipped rulesets, run as 'spm-audit test' runs them.</summary>
public sealed class RulesetTestRunnerTests
{
    public static TheoryData<string> Rulesets() => ShippedRulesets.Relative(ShippedRulesets.Roots().Concat(ShippedRulesets.Profiles()));

    [Theory]
    [MemberData(nameof(Rulesets))]
    public void Every_shipped_ruleset_has_cases_that_pass_and_decide_nine_indicators_in_ten(string ruleset)
    {
        var path = Path.Combine(RepositoryPaths.Rulesets, ruleset);
        var diagnostics = new DiagnosticBag();
        var files = TestRunner.Discover(path, diagnostics, ruleset);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        files.ShouldNotBeEmpty();

        var run = new TestRunner(RepositoryPaths.Rulesets, trustScripts: true).Run(files);

        run.Diagnostics.ShouldBeEmpty();
        run.Cases.Where(c => !c.Passed).Select(c => c.Name).ShouldBeEmpty();
        run.Cases.Length.ShouldBeGreaterThan(0);
        run.Coverage.ShouldAllBe(c => c.IndicatorPercent >= 90);
    }
}
