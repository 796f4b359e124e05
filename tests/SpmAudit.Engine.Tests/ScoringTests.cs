using SpmAudit.Language.Model;
using SpmAudit.Engine.Evaluation;
using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

public sealed class ScoringTests
{
    private const string ThreeIndicators = """
        standard S1 "One" {
          indicator I1 "Weighted two" weight 2 { score { met when a.flag } }
          indicator I2 "Partial" { score { met when n.total > 10 partial when n.total > 5 } }
          indicator I3 "Not met" { score { met when b.flag } }
        }
        """;

    [Fact]
    public void Node_score_is_the_weighted_mean_of_applicable_children()
    {
        var result = Run(ThreeIndicators, "  a.flag: true\n  n.total: 7\n  b.flag: false\n");

        // (2 × 100 + 1 × 50 + 1 × 0) / (2 + 1 + 1) = 250 / 4 = 62.5
        result.Nodes[0].Score.ShouldBe(62.5);
        result.Score.ShouldBe(62.5);
        result.Grade!.Grade.ShouldBe("B");
    }

    [Fact]
    public void Not_applicable_indicators_leave_the_denominator()
    {
        const string nodes = """
            standard S1 "One" {
              indicator I1 "Met" { score { met when a.flag } }
              indicator I2 "Not applicable" { applies when b.flag score { met when n.total > 1 } }
            }
            """;
        var result = Run(nodes, "  a.flag: true\n  b.flag: false\n");

        // I2 is not applicable: 100 × 1 / 1 = 100, not (100 + 0) / 2.
        result.Status("I2").ShouldBe(IndicatorStatus.NotApplicable);
        result.Score.ShouldBe(100);
        result.Coverage.ShouldBe(1);
    }

    [Fact]
    public void Insufficient_evidence_scores_zero_and_lowers_coverage()
    {
        var result = Run(ThreeIndicators, "  a.flag: true\n  n.total: 20\n");

        // I3 has no evidence: (2 × 100 + 100 + 0) / 4 = 75; coverage 2 of 3 indicators.
        result.Status("I3").ShouldBe(IndicatorStatus.InsufficientEvidence);
        result.Score.ShouldBe(75);
        result.Coverage.ShouldBe(2.0 / 3.0);
    }

    [Fact]
    public void A_group_with_no_applicable_child_is_not_applicable_and_leaves_its_parent_denominator()
    {
        const string nodes = """
            standard S1 "Applies" { indicator I1 "Met" { score { met when a.flag } } }
            standard S2 "Never applies" { indicator I2 "N/A" { applies when b.flag score { met when a.flag } } }
            """;
        var result = Run(nodes, "  a.flag: true\n  b.flag: false\n");

        result.Nodes[1].Status.ShouldBe(IndicatorStatus.NotApplicable);
        result.Nodes[1].Score.ShouldBeNull();
        result.Score.ShouldBe(100);
    }

    [Fact]
    public void A_critical_indicator_not_met_caps_the_grade()
    {
        const string nodes = """
            standard S1 "One" {
              indicator I1 "Critical" critical { score { met when a.flag } }
              indicator I2 "A" weight 9 { score { met when b.flag } }
            }
            """;
        const string grades = """grades { "A" >= 80  "B" >= 50  "C" >= 0  cap "B" when any critical not met }""";
        var result = Run(nodes, "  a.flag: false\n  b.flag: true\n", grades);

        // 9 × 100 / 10 = 90 lies in band A; the critical failure caps it at B.
        result.Score.ShouldBe(90);
        result.Grade!.BandGrade.ShouldBe("A");
        result.Grade!.Grade.ShouldBe("B");
        result.Grade!.Caps.Single().IndicatorIds.ShouldBe(["I1"]);
    }

    [Fact]
    public void A_cap_never_raises_a_grade()
    {
        const string nodes = """standard S1 "One" { indicator I1 "Critical" critical { score { met when a.flag } } }""";
        const string grades = """grades { "A" >= 80  "B" >= 50  "C" >= 0  cap "B" when any critical not met }""";
        var result = Run(nodes, "  a.flag: false\n", grades);

        result.Grade!.Grade.ShouldBe("C");
        result.Grade!.Caps.ShouldBeEmpty();
    }

    [Fact]
    public void A_custom_scale_changes_partial_points()
    {
        const string nodes = """
            scale { met = 1, partial = 0.25, not_met = 0 }
            standard S1 "One" { indicator I1 "Partial" { score { met when n.total > 10 partial when n.total > 5 } } }
            """;
        var result = Run(nodes, "  n.total: 7\n");

        result.Score.ShouldBe(25);
    }
}
