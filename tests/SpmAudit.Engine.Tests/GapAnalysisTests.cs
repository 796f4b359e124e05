using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

public sealed class GapAnalysisTests
{
    private const string Nodes = """
        standard S1 "One" {
          indicator I1 "Heavy" weight 2 { score { met when a.flag } }
          indicator I2 "Light" { score { met when b.flag } }
          indicator I3 "No evidence" { score { met when n.total > 1 } }
        }
        """;

    [Fact]
    public void Gaps_without_critical_indicators_are_ranked_by_gain_then_weight_then_id()
    {
        var gaps = Run(Nodes, "  a.flag: false\n  b.flag: false\n").Gaps!;

        // Met, I1 adds 2/4 × 100 = 50; I2 and I3 add 1/4 × 100 = 25 each (equal weight, so by id).
        gaps.Gaps.Select(g => (g.Indicator.Id, g.Gain)).ShouldBe([("I1", 50.0), ("I2", 25.0), ("I3", 25.0)]);
    }

    [Fact]
    public void A_critical_indicator_not_fully_met_comes_before_larger_gains()
    {
        const string nodes = """
            standard S1 "One" {
              indicator I1 "Heavy" weight 4 { score { met when a.flag } }
              indicator I2 "Critical, partly met" critical { score { met when n.share >= 90%  partial when n.share >= 50% } }
              indicator I3 "Light" { score { met when b.flag } }
            }
            """;

        var gaps = Run(nodes, "  a.flag: false\n  b.flag: false\n  n.share: 60%\n").Gaps!;

        // I2 would add only 0.5/6 × 100 ≈ 8.33, less than I1's 66.67, yet it is critical and comes first.
        gaps.Gaps.Select(g => g.Indicator.Id).ShouldBe(["I2", "I1", "I3"]);
    }

    [Fact]
    public void The_path_to_the_next_grade_is_a_smallest_set_of_improvements()
    {
        var path = Run(Nodes, "  a.flag: false\n  b.flag: false\n").Gaps!.Path;

        // From 0 (grade C) to B at 50: meeting I1 alone gives 50.
        path.TargetGrade.ShouldBe("B");
        path.Reachable.ShouldBeTrue();
        path.Indicators.Select(i => i.Id).ShouldBe(["I1"]);
        path.ScoreAfter.ShouldBe(50);
    }

    [Fact]
    public void A_cap_from_a_critical_indicator_is_lifted_first()
    {
        const string nodes = """
            standard S1 "One" {
              indicator I1 "Critical" critical { score { met when a.flag } }
              indicator I2 "Big" weight 8 { score { met when b.flag } }
              indicator I3 "Small" { score { met when n.total > 1 } }
            }
            """;
        const string grades = """grades { "A" >= 90  "B" >= 50  "C" >= 0  cap "C" when any critical not met }""";

        // Score (8 × 100) / 10 = 80 lies in band B, but the cap holds the grade at C.
        var result = Run(nodes, "  a.flag: false\n  b.flag: true\n  n.total: 0\n", grades);
        result.Grade!.Grade.ShouldBe("C");

        // To B: only the critical indicator is needed (the score is already high enough).
        result.Gaps!.Path.Indicators.Select(i => i.Id).ShouldBe(["I1"]);
        result.Gaps!.Path.TargetGrade.ShouldBe("B");
    }

    [Fact]
    public void When_no_score_can_reach_the_next_band_the_path_says_why()
    {
        var path = Run(Nodes, "  a.flag: true\n  b.flag: true\n  n.total: 5\n", """grades { "A+" >= 101  "A" >= 80  "B" >= 0 }""").Gaps!.Path;

        path.Reachable.ShouldBeFalse();
        path.Explanation.ShouldContain("below the 101");
    }

    [Fact]
    public void Missing_evidence_lists_the_items_to_ask_for_and_what_they_decide()
    {
        var missing = Run(Nodes, "  a.flag: true\n  b.flag: true\n").Gaps!.Missing;

        missing.Single().Item.Key.ShouldBe("n.total");
        missing.Single().IndicatorIds.ShouldBe(["I3"]);
    }
}
