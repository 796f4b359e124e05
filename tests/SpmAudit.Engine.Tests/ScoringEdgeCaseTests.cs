using SpmAudit.Language.Model;
using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

/// <summary>
/// The edge cases an independent re-computation of docs/scoring.md found, each settled there and
/// checked here on a case computed by hand.
/// </summary>
public sealed class ScoringEdgeCaseTests
{
    [Fact]
    public void A_result_where_nothing_applies_has_no_score_no_grade_and_is_not_applicable_not_provisional()
    {
        var result = Run("""
            standard S "S" {
              indicator I1 "One" { applies when a.flag  score { met when b.flag } }
              indicator I2 "Two" { applies when a.flag  score { met when b.flag } }
            }
            """, "  a.flag: false\n");

        result.Score.ShouldBeNull();
        result.Grade.ShouldBeNull();
        result.Status.ShouldBe(IndicatorStatus.NotApplicable);
        result.Coverage.ShouldBeNull();
        result.IsProvisional.ShouldBeFalse();
        result.Nodes[0].Status.ShouldBe(IndicatorStatus.NotApplicable);
        result.Gaps!.Path.Explanation.ShouldStartWith("No grade");
    }

    [Fact]
    public void Under_missing_exclude_a_result_without_any_evidence_has_no_score_and_no_grade()
    {
        var result = Run("""
            standard S "S" {
              indicator I1 "One" { score { met when a.flag } }
              indicator I2 "Two" { score { met when b.flag } }
            }
            """, "  n.total: 3\n", grades: """grades { "A" >= 80  "C" >= 0 }  scoring { missing = exclude }""");

        result.Score.ShouldBeNull();
        result.Grade.ShouldBeNull();
        result.Status.ShouldBe(IndicatorStatus.InsufficientEvidence);
        result.Coverage.ShouldBe(0);
        result.IsProvisional.ShouldBeTrue();
    }

    [Fact]
    public void The_top_ordinal_level_is_worth_met_and_a_lower_level_never_outscores_it()
    {
        const string Scale = """grades { "A" >= 80  "C" >= 0 }  scale { met = 0.6, partial = 0.3, not_met = 0 }""";
        const string Nodes = """
            standard S "S" {
              indicator L "Levels" { score { 3 when n.total >= 30  2 when n.total >= 20  1 when n.total >= 10 } }
            }
            """;

        // met = 0.6: level 3 earns 0.6 (60), level 2 of 3 earns 0.6 × 2/3 = 0.4 (40), level 1 earns 0.2 (20).
        Run(Nodes, "  n.total: 35\n", Scale).Score!.Value.ShouldBe(60, 1e-9);
        Run(Nodes, "  n.total: 25\n", Scale).Score!.Value.ShouldBe(40, 1e-9);
        Run(Nodes, "  n.total: 15\n", Scale).Score!.Value.ShouldBe(20, 1e-9);
    }

    [Fact]
    public void A_mean_that_is_50_on_paper_reaches_the_band_that_starts_at_50()
    {
        // (0.1 × 0 + 0.1 × 50 + 0.1 × 100) / (0.1 + 0.1 + 0.1) is 49.99999999999999 in doubles.
        var result = Run("""
            standard S "S" {
              indicator I1 "Not met" weight 0.1 { score { met when a.flag } }
              indicator I2 "Partial" weight 0.1 { score { met when a.flag  partial when b.flag } }
              indicator I3 "Met" weight 0.1 { score { met when b.flag } }
            }
            """, "  a.flag: false\n  b.flag: true\n");

        result.Score!.Value.ShouldBe(50, 1e-9);
        result.Grade!.Grade.ShouldBe("B");
        result.Nodes[0].Status.ShouldBe(IndicatorStatus.Partial);
    }

    [Fact]
    public void A_node_whose_children_all_weigh_nothing_scores_0_still_counts_and_is_not_met()
    {
        var result = Run("""
            standard S1 "Weightless" {
              indicator I1 "Met" weight 0 { score { met when a.flag } }
              indicator I2 "Met too" weight 0 { score { met when a.flag } }
            }
            standard S2 "Weighted" {
              indicator I3 "Met" { score { met when a.flag } }
            }
            """, "  a.flag: true\n");

        // XCCDF's default model: S1 = 0 and it counts, so the overall score is (0 + 100) / 2.
        result.Nodes[0].Score.ShouldBe(0);
        result.Nodes[0].Status.ShouldBe(IndicatorStatus.NotMet);
        result.Score.ShouldBe(50);
    }

    [Fact]
    public void Every_cap_that_binds_is_listed_and_the_lowest_decides()
    {
        var result = Run("""
            standard S "S" {
              indicator I1 "Critical, not met" critical { score { met when a.flag } }
              indicator I2 "Critical, no evidence" critical { score { met when m.level == specific } }
              indicator I3 "Met" weight 20 { score { met when b.flag } }
            }
            """, "  a.flag: false\n  b.flag: true\n", grades: """
            grades {
              "A" >= 80
              "B" >= 50
              "C" >= 0
              cap "B" when any critical not met
              cap "C" when any critical insufficient
            }
            """);

        // (0 + 0 + 20 × 100) / 22 = 90.91: band A, capped at B and at C.
        result.Grade!.BandGrade.ShouldBe("A");
        result.Grade.Caps.Select(c => (c.Grade, c.Trigger, string.Join(",", c.IndicatorIds))).ShouldBe([("B", "critical not met", "I1"), ("C", "critical insufficient", "I2")]);
        result.Grade.Grade.ShouldBe("C");
    }
}
