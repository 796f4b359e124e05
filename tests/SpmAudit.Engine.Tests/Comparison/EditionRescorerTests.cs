using SpmAudit.Engine.Comparison;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tests.Comparison;

public sealed class EditionRescorerTests : IDisposable
{
    private const string Edition = """
        ruleset lending "Responsible lending"
          version "VERSION"
          levels standard > indicator

        grades { "A" >= 80  "B" >= 50  "C" >= 0 }

        evidence {
          a.flag : boolean
          b.flag : boolean
          n.share : percentage range 0%..100%
          EXTRA
        }

        standard S1 "Policies" {
          indicator I1 "Enough files" { score { met when n.share >= THRESHOLD } }
          indicator I2 "A policy" WEIGHT { score { met when a.flag } }
        }

        standard S2 "Checks" {
          indicator I3 "A check" { score { met when THIRD } }
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("spm-rescore-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_raised_threshold_names_the_one_indicator_that_moved_the_score_by_its_share()
    {
        var rescore = Rescore(Ruleset("1.0.0", "50%"), Ruleset("2.0.0", "80%"), "n.share: 60%\n  a.flag: true\n  b.flag: true\n");

        rescore.Before.Result!.Score.ShouldBe(100);
        rescore.After.Result!.Score.ShouldBe(75);
        rescore.Before.Result.Grade!.Grade.ShouldBe("A");
        rescore.After.Result.Grade!.Grade.ShouldBe("B");
        var shift = rescore.Shifts.ShouldHaveSingleItem();
        (shift.Id, shift.Before, shift.After).ShouldBe(("I1", IndicatorStatus.Met, IndicatorStatus.NotMet));
        shift.Change.ShouldBe(-25, 1e-9);
        rescore.Reweighting!.Value.ShouldBe(0, 1e-9);
    }

    [Fact]
    public void A_new_weight_moves_the_score_without_naming_an_indicator_whose_result_stayed()
    {
        var rescore = Rescore(Ruleset("1.0.0", "50%"), Ruleset("2.0.0", "50%", weight: "weight 3"), "n.share: 10%\n  a.flag: true\n  b.flag: true\n");

        rescore.ScoreChange!.Value.ShouldBe(12.5, 1e-9);
        rescore.Shifts.ShouldBeEmpty();
        rescore.Reweighting!.Value.ShouldBe(12.5, 1e-9);
    }

    [Fact]
    public void Shifts_are_ranked_by_their_part_of_the_score_difference()
    {
        var rescore = Rescore(Ruleset("1.0.0", "50%"), Ruleset("2.0.0", "80%", third: "not b.flag"), "n.share: 60%\n  a.flag: true\n  b.flag: true\n");

        rescore.Shifts.Select(s => (s.Id, s.Change)).ShouldBe([("I3", -50.0), ("I1", -25.0)]);
        rescore.ScoreChange.ShouldBe(rescore.Shifts.Sum(s => s.Change));
    }

    [Fact]
    public void A_pack_that_fails_under_one_edition_keeps_its_result_under_the_other()
    {
        var rescore = Rescore(Ruleset("1.0.0", "50%", extra: "c.gone : boolean"), Ruleset("2.0.0", "50%"), "n.share: 60%\n  c.gone: true\n");

        rescore.Before.Success.ShouldBeTrue();
        rescore.After.Success.ShouldBeFalse();
        rescore.After.Diagnostics.ShouldContain(d => d.Code == "SPM4001");
        rescore.Shifts.ShouldBeEmpty();
        rescore.ScoreChange.ShouldBeNull();
        rescore.Institution.ShouldBe("X");
    }

    private CompiledRuleset Ruleset(string version, string threshold, string weight = "", string extra = "", string third = "b.flag")
    {
        var path = Path.Combine(_dir, $"r-{version}-{Guid.NewGuid():N}.spm");
        File.WriteAllText(path, Edition.Replace("VERSION", version, StringComparison.Ordinal).Replace("THRESHOLD", threshold, StringComparison.Ordinal)
            .Replace("WEIGHT", weight, StringComparison.Ordinal).Replace("EXTRA", extra, StringComparison.Ordinal).Replace("THIRD", third, StringComparison.Ordinal));
        var compilation = RulesetCompiler.Compile(path, _dir);
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return CompiledRuleset.Create(compilation.Ruleset!);
    }

    private PackRescore Rescore(CompiledRuleset old, CompiledRuleset @new, string evidence)
    {
        var pack = Path.Combine(_dir, $"pack-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(pack, "institution: { id: x, name: X }\nevidence:\n  " + evidence);
        return new EditionRescorer(old, @new, _dir).Rescore(pack);
    }
}
