using SpmAudit.Language.Model;
using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

/// <summary>Each scoring model of docs/scoring.md on one hand-computed case.</summary>
public sealed class ScoringModelTests
{
    // S1: one indicator, met. S2: three indicators, met / partial / not met (weight 2 on the met one).
    private const string Nodes = """
        standard S1 "One" { indicator A "Met" { score { met when a.flag } } }
        standard S2 "Two" {
          indicator B "Met" weight 2 { score { met when a.flag } }
          indicator C "Partial" { score { met when n.total > 10 partial when n.total > 5 } }
          indicator D "Not met" { score { met when b.flag } }
        }
        """;

    private const string Evidence = "  a.flag: true\n  b.flag: false\n  n.total: 7\n";

    private static double Score(string scoring) => Run(scoring + "\n" + Nodes, Evidence).Score!.Value;

    [Fact]
    public void Weighted_mean_is_the_default()
    {
        // S2 = (2 × 100 + 50 + 0) / 4 = 62.5; overall = (100 + 62.5) / 2 = 81.25
        Score("").ShouldBe(81.25);
    }

    [Fact]
    public void Flat_points_weigh_every_indicator_the_same()
    {
        // (1 + 1 + 0.5 + 0) points / 4 indicators = 62.5; weights and the hierarchy do not count.
        Score("scoring { default = flat_points }").ShouldBe(62.5);
    }

    [Fact]
    public void Absolute_gives_100_only_when_every_indicator_below_is_met()
    {
        // S1 = 100 (all met), S2 = 0 (C and D are not met), overall = 0 (not all met).
        var result = Run("scoring { default = absolute }\n" + Nodes, Evidence);
        result.Nodes[0].Score.ShouldBe(100);
        result.Nodes[1].Score.ShouldBe(0);
        result.Score.ShouldBe(0);
    }

    [Fact]
    public void Minimum_takes_the_weakest_child()
    {
        // S2 = min(100, 50, 0) = 0; overall by weighted mean = (100 + 0) / 2 = 50.
        Score("scoring { standard = minimum }").ShouldBe(50);
    }

    [Fact]
    public void Models_can_differ_per_level()
    {
        // S2 by flat points = 1.5 / 3 = 50; overall = min(100, 50) = 50.
        Score("scoring { default = minimum  standard = flat_points }").ShouldBe(50);
    }

    [Fact]
    public void Missing_evidence_counts_as_zero_by_default_and_can_be_excluded()
    {
        const string nodes = """
            standard S1 "One" {
              indicator A "Met" { score { met when a.flag } }
              indicator B "No evidence" { score { met when b.flag } }
            }
            """;

        // Zero: (100 + 0) / 2 = 50. Exclude: B leaves the denominator, 100 / 1 = 100, and coverage stays 50%.
        Run(nodes, "  a.flag: true\n").Score.ShouldBe(50);
        var excluded = Run("scoring { missing = exclude }\n" + nodes, "  a.flag: true\n");
        excluded.Score.ShouldBe(100);
        excluded.Coverage.ShouldBe(0.5);
    }
}

/// <summary>Ordinal scales: numbered levels normalized to 0–100.</summary>
public sealed class OrdinalScaleTests
{
    private const string Nodes = """
        standard S1 "One" {
          indicator L "Levels 0 to 3" {
            score {
              3 when n.total >= 30
              2 when n.total >= 20
              1 when n.total >= 10
            }
          }
        }
        """;

    [Theory]
    [InlineData(35, 100.0)]
    [InlineData(25, 200.0 / 3)]
    [InlineData(12, 100.0 / 3)]
    [InlineData(5, 0.0)]
    public void A_level_earns_its_share_of_the_top_level(int total, double expected)
    {
        // Level 2 of 3 earns 2 / 3 of the points: 66.67.
        Run(Nodes, $"  n.total: {total}\n").Score!.Value.ShouldBe(expected, 1e-9);
    }

    [Fact]
    public void Levels_map_to_statuses_and_missing_evidence_stays_insufficient()
    {
        Run(Nodes, "  n.total: 35\n").Status("L").ShouldBe(IndicatorStatus.Met);
        Run(Nodes, "  n.total: 25\n").Status("L").ShouldBe(IndicatorStatus.Partial);
        Run(Nodes, "  n.total: 5\n").Status("L").ShouldBe(IndicatorStatus.NotMet);
        Run(Nodes, "  a.flag: true\n").Status("L").ShouldBe(IndicatorStatus.InsufficientEvidence);
    }

    [Fact]
    public void The_reason_names_the_level_reached()
    {
        Run(Nodes, "  n.total: 25\n").Indicators[0].Reason.ShouldStartWith("Reaches level 2:");
    }
}
