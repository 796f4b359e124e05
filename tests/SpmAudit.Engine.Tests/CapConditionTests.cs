using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

/// <summary>A cap's condition is any outcome rule: a partial critical indicator, a node's score, any boolean over results.</summary>
public sealed class CapConditionTests
{
    private const string Nodes = """
        standard S1 "One" {
          indicator I1 "Critical" critical { score { met when n.total > 10 partial when n.total > 5 } }
          indicator I2 "Plain" weight 9 { score { met when b.flag } }
        }
        standard S2 "Two" {
          indicator I3 "Three" { score { met when a.flag } }
          indicator I4 "Four" { score { met when n.part > 3 } }
        }
        """;

    [Fact]
    public void A_partial_critical_indicator_caps_the_grade()
    {
        var result = Run(Nodes, "  n.total: 7\n  b.flag: true\n  a.flag: true\n  n.part: 5\n", Grades("""cap "B" when any critical partial"""));

        result.Grade!.BandGrade.ShouldBe("A");
        result.Grade!.Grade.ShouldBe("B");
        result.Grade!.Caps.Single().Trigger.ShouldBe("critical partial");
        result.Grade!.Caps.Single().IndicatorIds.ShouldBe(["I1"]);
    }

    [Fact]
    public void A_node_below_a_score_caps_the_grade_and_names_its_shortfalls()
    {
        // S1 is met (100), S2 is half met (50): the mean is 75 for band B, but S2 under 60 caps at C.
        var result = Run(Nodes, "  n.total: 20\n  b.flag: true\n  a.flag: true\n  n.part: 1\n", Grades("""cap "C" when score of S2 < 60"""));

        result.Grade!.BandGrade.ShouldBe("B");
        result.Grade!.Grade.ShouldBe("C");
        var cap = result.Grade!.Caps.Single();
        cap.Trigger.ShouldBe("score of S2 < 60");
        cap.IndicatorIds.ShouldBe(["I4"]);
    }

    [Fact]
    public void A_cap_whose_condition_does_not_hold_leaves_the_grade()
    {
        var result = Run(Nodes, "  n.total: 20\n  b.flag: true\n  a.flag: true\n  n.part: 5\n", Grades("""cap "C" when score of S2 < 60 or any critical not met"""));

        result.Grade!.Grade.ShouldBe("A");
        result.Grade!.Caps.ShouldBeEmpty();
    }

    [Fact]
    public void A_boolean_over_results_caps_with_the_indicators_of_each_holding_part()
    {
        var result = Run(Nodes, "  n.total: 7\n  b.flag: true\n  a.flag: false\n  n.part: 5\n", Grades("""cap "C" when any critical partial and not all of [S2] are met"""));

        // S1 at 95 and S2 at 50 give 72.5, band B; both parts hold, so the cap names I1 and I3.
        result.Grade!.Grade.ShouldBe("C");
        result.Grade!.Caps.Single().IndicatorIds.ShouldBe(["I1", "I3"]);
    }

    [Fact]
    public void A_part_of_an_or_that_fails_names_no_indicators()
    {
        // 'every standard is met' fails (S1 partial, S2 half met); only 'score of S2 < 60' holds, so only I4 triggers.
        var result = Run(Nodes, "  n.total: 7\n  b.flag: true\n  a.flag: true\n  n.part: 1\n", Grades("""cap "C" when every standard is met or score of S2 < 60"""));

        result.Grade!.Grade.ShouldBe("C");
        result.Grade!.Caps.Single().IndicatorIds.ShouldBe(["I4"]);
    }

    [Fact]
    public void Several_binding_caps_are_all_listed_and_the_lowest_decides()
    {
        const string grades = """grades { "A" >= 80  "B" >= 60  "C" >= 40  "D" >= 0  cap "C" when any critical partial  cap "D" when score of S2 < 60 }""";
        var result = Run(Nodes, "  n.total: 7\n  b.flag: true\n  a.flag: true\n  n.part: 1\n", grades);

        result.Grade!.BandGrade.ShouldBe("B");
        result.Grade!.Grade.ShouldBe("D");
        result.Grade!.Caps.Select(c => c.Grade).ShouldBe(["C", "D"]);
    }

    [Fact]
    public void Missing_evidence_in_a_critical_indicator_is_not_a_partial_one()
    {
        var result = Run(Nodes, "  b.flag: true\n  a.flag: true\n  n.part: 5\n", Grades("""cap "B" when any critical partial"""));

        result.Grade!.Caps.ShouldBeEmpty();
    }

    [Fact]
    public void The_path_to_the_next_grade_first_meets_the_indicators_that_trigger_a_cap()
    {
        var result = Run(Nodes, "  n.total: 20\n  b.flag: true\n  a.flag: true\n  n.part: 1\n", Grades("""cap "C" when score of S2 < 60"""));

        var path = result.Gaps!.Path;
        path.Reachable.ShouldBeTrue();
        path.Indicators.Select(i => i.Id).ShouldContain("I4");
    }

    private static string Grades(string caps) => $$"""grades { "A" >= 80  "B" >= 60  "C" >= 0  {{caps}} }""";
}
