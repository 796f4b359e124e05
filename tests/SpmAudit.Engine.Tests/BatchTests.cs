using SpmAudit.Engine.Batch;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Compilation;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

public sealed class BatchTests
{
    private static readonly CompiledRuleset UniversalStandards =
        CompiledRuleset.Create(RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm")).Ruleset!);

    private static string[] Packs() => [.. Directory.GetFiles(RepositoryPaths.Combine("rulesets", "examples"), "*.yaml").Order(StringComparer.Ordinal)];

    [Fact]
    public void Batch_results_come_back_in_input_order_and_match_single_audits()
    {
        var packs = Packs();

        var items = new BatchAuditor(UniversalStandards, [], parallelism: 2).Run(packs).ToList();

        items.Select(i => i.Path).ShouldBe(packs);
        foreach (var item in items)
        {
            var single = Auditing.Auditor.Audit(UniversalStandards, item.Path, []).Result!;
            item.Result!.Score.ShouldBe(single.Score);
            item.Result.Grade!.Grade.ShouldBe(single.Grade!.Grade);
        }
    }

    [Fact]
    public void A_failing_pack_is_reported_and_the_others_go_on()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"spm-broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(broken, "institution: { id: x, name: X }\nevidence:\n  no.such.key: 1\n");
        try
        {
            var items = new BatchAuditor(UniversalStandards, [], parallelism: 2).Run([Packs()[0], broken, Packs()[1]]).ToList();

            items[1].Result.ShouldBeNull();
            items[1].Diagnostics.ShouldContain(d => d.Code == "SPM4001");
            items[0].Result.ShouldNotBeNull();
            items[2].Result.ShouldNotBeNull();
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void The_summary_counts_grades_and_failures()
    {
        var summary = new BatchSummary(UniversalStandards.Ruleset);
        foreach (var item in new BatchAuditor(UniversalStandards, [], parallelism: 2).Run(Packs()))
        {
            summary.Add(item);
        }

        summary.Audited.ShouldBe(Packs().Length);
        summary.Failed.ShouldBe(0);
        summary.Describe().ShouldContain("Mean score by dimension:");
    }
}
