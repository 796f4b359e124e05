using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>
/// A metric over pairs of rows written in YAML, with rounds that are choices: the figure is the mean
/// of each paired client's change, computed here by hand; a client of one round only is counted in
/// SPM4770 at its row, not paired with anyone.
/// </summary>
public sealed class PairedMetricTests
{
    private const string Ruleset = """
        ruleset: { id: pairs, title: Pairs, version: 1.0.0, levels: [area, indicator] }
        grades: { bands: { A: 50, B: 0 } }
        tables:
          visits:
            title: Household visits, one row per client and round
            columns:
              client_id: text
              round: one of (baseline, followup)
              income:
                type: number
                min: 0
        metrics:
          metric.income_change:
            title: Mean change in income, same clients
            from: visits
            pair: { key: [client_id], by: round, from: baseline, to: followup }
            where: earlier(income) < 100
            value: avg(change(income))
        nodes:
          - area: A
            title: Area
            children:
              - indicator: A.1
                title: Incomes of the poorer grow
                score: { met: metric.income_change > 0 }
        """;

    // c1 +30, c2 -10 (kept: earlier < 100), c3 earlier 150 (left out by 'where'), c4 only at follow-up.
    private const string Visits = """
        client_id,round,income
        c1,baseline,50
        c2,baseline,80
        c3,baseline,150
        c1,followup,80
        c2,followup,70
        c3,followup,160
        c4,followup,40
        """;

    [Fact]
    public void A_paired_metric_in_yaml_with_choice_rounds_is_the_mean_change_of_the_paired_clients()
    {
        var dir = Directory.CreateTempSubdirectory("spm-pairs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.yaml"), Ruleset);
            File.WriteAllText(Path.Combine(dir, "visits.csv"), Visits);
            File.WriteAllText(Path.Combine(dir, "e.yaml"), "institution: { id: x, name: X }\ndata:\n  tables: { visits: visits.csv }\n");
            var compiled = RulesetCompiler.Compile(Path.Combine(dir, "r.yaml"), dir);
            compiled.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            var diagnostics = new DiagnosticBag();
            var pack = EvidencePacks.Load(Path.Combine(dir, "e.yaml"), compiled.Ruleset!, diagnostics)!;

            ((double)pack.Find("metric.income_change")!.Value!).ShouldBe((30.0 + -10.0) / 2, 1e-12);
            var warning = diagnostics.ToSortedArray().Single(d => d.Code == "SPM4770");
            warning.Span.Line.ShouldBe(8);
            warning.Message.ShouldContain("0 row(s) of round 'baseline' and 1 of round 'followup'");
            pack.Find("metric.income_change")!.Computed!.Sql.ShouldContain("JOIN \"visits\" AS \"later\" ON \"earlier\".\"client_id\" = \"later\".\"client_id\"");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
