using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Scoring;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Model;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>Properties every scoring model must keep, checked on the shipped Universal Standards ruleset.</summary>
public sealed class ScoringPropertyTests
{
    private static readonly Ruleset Shipped = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm")).Ruleset!;

    public static TheoryData<ScoringModel, MissingEvidencePolicy> Policies()
    {
        var data = new TheoryData<ScoringModel, MissingEvidencePolicy>();
        foreach (var model in Enum.GetValues<ScoringModel>())
        {
            data.Add(model, MissingEvidencePolicy.Zero);
            data.Add(model, MissingEvidencePolicy.Exclude);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void All_met_scores_100_under_every_model(ScoringModel model, MissingEvidencePolicy missing)
    {
        var calculator = Calculator(model, missing);
        var statuses = Enumerable.Repeat(IndicatorStatus.Met, Shipped.Indicators.Length).ToArray();

        calculator.Overall(statuses, NoLevels).ShouldBe(100);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Making_an_indicator_not_applicable_changes_no_score_when_it_was_all_met(ScoringModel model, MissingEvidencePolicy missing)
    {
        var calculator = Calculator(model, missing);
        var statuses = Enumerable.Repeat(IndicatorStatus.Met, Shipped.Indicators.Length).ToArray();
        statuses[7] = IndicatorStatus.NotApplicable;

        calculator.Overall(statuses, NoLevels).ShouldBe(100);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Adding_a_not_applicable_indicator_changes_no_score(ScoringModel model, MissingEvidencePolicy missing)
    {
        var scoring = $"scoring {{ default = {Name(model)}  missing = {(missing == MissingEvidencePolicy.Zero ? "zero" : "exclude")} }}";
        const string indicators = """
              indicator A "Met" { score { met when a.flag } }
              indicator B "Partial" weight 3 { score { met when n.total > 10 partial when n.total > 5 } }
              indicator C "No evidence" { score { met when n.part > 1 } }
            """;
        const string extra = """  indicator X "Never applies" { applies when b.flag score { met when a.flag } }""";
        const string evidence = "  a.flag: true\n  b.flag: false\n  n.total: 7\n";

        var without = InlineAudit.Run($"{scoring}\nstandard S1 \"One\" {{\n{indicators}\n}}", evidence);
        var with = InlineAudit.Run($"{scoring}\nstandard S1 \"One\" {{\n{indicators}\n{extra}\n}}", evidence);

        with.Score.ShouldBe(without.Score);
        with.Coverage.ShouldBe(without.Coverage);
        with.Nodes[0].Score.ShouldBe(without.Nodes[0].Score);
    }

    private static string Name(ScoringModel model) => model switch
    {
        ScoringModel.FlatPoints => "flat_points",
        ScoringModel.Absolute => "absolute",
        ScoringModel.Minimum => "minimum",
        _ => "weighted_mean",
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Improving_one_indicator_never_lowers_any_score_or_grade(ScoringModel model, MissingEvidencePolicy missing)
    {
        var random = new Random(42);
        var calculator = Calculator(model, missing);
        for (var round = 0; round < 200; round++)
        {
            var statuses = RandomStatuses(random);
            var index = random.Next(statuses.Length);
            if (Better(statuses[index], missing) is not { } better)
            {
                continue;
            }

            var before = Scores(calculator, statuses);
            var gradeBefore = Shipped.Grades.BandIndex(before[^1] ?? 0);
            statuses[index] = better;
            var after = Scores(calculator, statuses);

            for (var i = 0; i < before.Count; i++)
            {
                (after[i] ?? 0).ShouldBeGreaterThanOrEqualTo((before[i] ?? 0) - 1e-9, $"node {i} fell after improving indicator {index}");
            }

            Shipped.Grades.BandIndex(after[^1] ?? 0).ShouldBeLessThanOrEqualTo(gradeBefore);
        }
    }

    /// <summary>The shipped ruleset has no ordinal rules, so no indicator reaches a lower level.</summary>
    private static byte[] NoLevels => new byte[Shipped.Indicators.Length];

    private static ScoreCalculator Calculator(ScoringModel model, MissingEvidencePolicy missing) =>
        new(Shipped with { Scoring = ScoringPolicy.Standard with { Default = model, Missing = missing } });

    /// <summary>Every node's score in document order, then the overall score last.</summary>
    private static List<double?> Scores(ScoreCalculator calculator, IndicatorStatus[] statuses)
    {
        var scores = new List<double?>();
        void Visit(RuleNode node)
        {
            scores.Add(calculator.Node(node, statuses, NoLevels).Score);
            foreach (var child in node.Children)
            {
                Visit(child);
            }
        }

        foreach (var node in Shipped.Nodes)
        {
            Visit(node);
        }

        scores.Add(calculator.Root(statuses, NoLevels).Score);
        return scores;
    }

    private static IndicatorStatus[] RandomStatuses(Random random) =>
        [.. Enumerable.Range(0, Shipped.Indicators.Length).Select(_ => (IndicatorStatus)random.Next(5))];

    /// <summary>
    /// One step up: not met → partial → met, and missing evidence supplied. When missing evidence is
    /// excluded, supplying it only improves a score if it shows the indicator met (a partial result
    /// joins a denominator it was kept out of), which is why such results are marked provisional.
    /// </summary>
    private static IndicatorStatus? Better(IndicatorStatus status, MissingEvidencePolicy missing) => status switch
    {
        IndicatorStatus.NotMet => IndicatorStatus.Partial,
        IndicatorStatus.InsufficientEvidence => missing == MissingEvidencePolicy.Zero ? IndicatorStatus.Partial : IndicatorStatus.Met,
        IndicatorStatus.Partial => IndicatorStatus.Met,
        _ => null,
    };
}
