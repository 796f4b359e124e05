using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>
/// 'metric.x[column = value]' reads one group of a grouped metric computed from a data file: the
/// group's figure, typed as the metric's value; no such group is insufficient evidence with a
/// reason naming the group; explanations show the group and its figure.
/// </summary>
public sealed class GroupSelectorTests
{
    private const string Ruleset = """
        ruleset selectors "Selectors over grouped metrics"
          version "1.0.0"
          levels area > indicator
        grades { "A" >= 50  "B" >= 0 }
        parameter home : text = "Kaya"
        table loans "Loans" {
          key loan_id
          loan_id : text
          branch : text
          product : one of (group, individual)
          outstanding : number range 0..
          days_late : integer range 0..
        }
        metric metric.par30_by_branch "PAR30 by branch and product" {
          from loans
          by branch, product
          value ratio(sum(outstanding, days_late > 30), sum(outstanding))
        }
        metric metric.loans_by_branch "Loans by branch" {
          from loans
          by branch
          value count()
        }
        area A "Area" {
          indicator A.1 "The home branch's group loans are mostly on time" {
            score { met when metric.par30_by_branch[branch = home, product = group] < 10% }
          }
          indicator A.2 "Individual loans in Dori are mostly on time" {
            score { met when metric.par30_by_branch[product = individual, branch = "Dori"] < 10% }
          }
          indicator A.3 "Fada has loans" {
            score { met when metric.loans_by_branch[branch = "Fada"] > 0 }
          }
          indicator A.4 "Dori has at least two loans" {
            score { met when metric.loans_by_branch[branch = "Dori"] >= 2 }
          }
        }
        """;

    // Kaya group: 100 of 400 late (25%); Kaya individual 0%; Dori group 0%; no Dori individual, no Fada.
    private const string Loans = """
        loan_id,branch,product,outstanding,days_late
        l1,Kaya,group,300,0
        l2,Kaya,group,100,45
        l3,Kaya,individual,500,0
        l4,Dori,group,200,0
        l5,Dori,group,50,10
        """;

    private static AuditOutcome Audit()
    {
        var dir = Directory.CreateTempSubdirectory("spm-selector-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.spm"), Ruleset);
            File.WriteAllText(Path.Combine(dir, "loans.csv"), Loans);
            File.WriteAllText(Path.Combine(dir, "e.yaml"), "institution: { id: x, name: X }\ndata:\n  tables: { loans: loans.csv }\n");
            var outcome = Auditor.Audit(Path.Combine(dir, "r.spm"), Path.Combine(dir, "e.yaml"), dir);
            outcome.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            return outcome;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IndicatorResult Indicator(AuditOutcome outcome, string id) => outcome.Result!.Indicators.Single(i => i.Node.Id == id);

    [Fact]
    public void A_selector_gives_the_figure_of_the_group_whose_columns_equal_the_values()
    {
        var outcome = Audit();
        var a1 = Indicator(outcome, "A.1");
        a1.Status.ShouldBe(IndicatorStatus.NotMet);
        var select = a1.Trace!.Clauses.Single(c => c.Clause == "met").Value.Children.First();
        select.Expression.ShouldBe("metric.par30_by_branch[branch = home, product = group]");
        select.Type.Kind.ShouldBe(TypeKind.Percentage);
        ((double)select.Value!).ShouldBe(0.25, 1e-12);
        Indicator(outcome, "A.4").Status.ShouldBe(IndicatorStatus.Met);
    }

    [Fact]
    public void A_group_that_is_not_there_is_insufficient_evidence_and_the_reason_names_it()
    {
        var outcome = Audit();
        var a2 = Indicator(outcome, "A.2");
        a2.Status.ShouldBe(IndicatorStatus.InsufficientEvidence);
        a2.Reason.ShouldContain("metric.par30_by_branch[product = individual, branch = \"Dori\"] has no value (no group has product = individual, branch = \"Dori\")");
        var a3 = Indicator(outcome, "A.3");
        a3.Status.ShouldBe(IndicatorStatus.InsufficientEvidence);
        a3.Reason.ShouldContain("no group has branch = \"Fada\"");
        PlainReasonWriter.Write(a3.Trace!).Facts.Single().Cause.ShouldBe("no_group");
    }

    [Fact]
    public void The_explanation_shows_which_group_was_picked_and_its_figure()
    {
        var a1 = Indicator(Audit(), "A.1");
        a1.Reason.ShouldBe("Not met: metric.par30_by_branch[branch = home, product = group] < 10% is false (metric.par30_by_branch[branch = home, product = group] = 25%).");
        var fact = PlainReasonWriter.Write(a1.Trace!).Facts.Single();
        fact.Subject.Key.ShouldBe("metric.par30_by_branch");
        fact.BasisCode.ShouldBe("group");
        fact.Basis.Single().Value.ShouldBe("branch = Kaya, product = group");
    }
}
