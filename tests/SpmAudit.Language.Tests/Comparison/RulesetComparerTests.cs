using SpmAudit.Language.Comparison;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests.Comparison;

public sealed class RulesetComparerTests
{
    private const string Old = """
        ruleset lending "Responsible lending"
          version "1.0.0"
          levels standard > indicator

        parameter max_par : percentage = 10% "Highest PAR30"
        parameter dropped : integer = 3 "Gone in the next edition"

        evidence {
          credit.policy : boolean
          credit.par30 : percentage range 0%..100%
          credit.checks : integer range 0..
        }

        grades { "A" >= 80  "B" >= 50  "C" >= 0  cap "B" when any critical not met }

        certification sound "Sound lending" valid 2 years {
          pass when every standard is met
        }

        standard S1 "Policies" {
          indicator S1.1 "A written credit policy" {
            guidance "Met when the policy is written."
            score { met when credit.policy }
          }
          indicator S1.2 "Arrears stay low" weight 2 {
            score {
              met when credit.par30 <= max_par
              partial when credit.par30 <= 2 * max_par
            }
          }
        }

        standard S2 "Checks" {
          indicator S2.1 "Other debts are checked" {
            score { met when credit.checks >= 2 }
          }
          indicator S2.2 "Dropped later" {
            score { met when credit.checks >= 1 }
          }
        }
        """;

    [Fact]
    public void Whitespace_comments_and_redundant_parentheses_are_not_changes()
    {
        var reformatted = Old
            .Replace("met when credit.par30 <= max_par", "met when (credit.par30)   <=   max_par  // same rule", StringComparison.Ordinal)
            .Replace("partial when credit.par30 <= 2 * max_par", "partial when credit.par30 <= (2 * max_par)", StringComparison.Ordinal);

        RulesetComparer.Compare(Compile(Old), Compile(reformatted)).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void A_ruleset_and_its_yaml_form_are_the_same_model()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = Formatter.Format("r.spm", Old, RulesetFormat.Yaml, diagnostics)!;

        RulesetComparer.Compare(Compile(Old), Compile(yaml, "r.yaml")).Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Every_kind_of_change_is_found_and_named()
    {
        var @new = Old
            .Replace("version \"1.0.0\"", "version \"2.0.0\"", StringComparison.Ordinal)
            .Replace("percentage = 10% \"Highest PAR30\"", "percentage = 5% \"Highest PAR30\"", StringComparison.Ordinal)
            .Replace("parameter dropped : integer = 3 \"Gone in the next edition\"", "parameter min_checks : integer = 2 \"Fewest checks\"", StringComparison.Ordinal)
            .Replace("\"A\" >= 80", "\"A\" >= 85", StringComparison.Ordinal)
            .Replace("cap \"B\" when any critical not met", "cap \"C\" when any critical not met", StringComparison.Ordinal)
            .Replace("valid 2 years", "valid 3 years", StringComparison.Ordinal)
            .Replace("\"A written credit policy\" {", "\"The credit policy is written down\" critical {", StringComparison.Ordinal)
            .Replace("\"Arrears stay low\" weight 2", "\"Arrears stay low\"", StringComparison.Ordinal)
            .Replace("score { met when credit.checks >= 2 }", "score { met when credit.checks >= min_checks }", StringComparison.Ordinal)
            .Replace("""
                  indicator S2.2 "Dropped later" {
                    score { met when credit.checks >= 1 }
                  }
                """, "", StringComparison.Ordinal)
            .Replace("""
                standard S2 "Checks" {
                """, """
                standard S2 "Checks" {
                  indicator S1.2 "Arrears stay low" {
                    score {
                      met when credit.par30 <= max_par
                      partial when credit.par30 <= 2 * max_par
                    }
                  }
                  indicator S2.3 "New in the second edition" {
                    score { met when credit.policy }
                  }
                """, StringComparison.Ordinal);
        @new = @new.Remove(@new.IndexOf("  indicator S1.2", StringComparison.Ordinal), @new.IndexOf("}\n\nstandard S2", StringComparison.Ordinal) - @new.IndexOf("  indicator S1.2", StringComparison.Ordinal));

        var diff = RulesetComparer.Compare(Compile(Old), Compile(@new));

        diff.Changes.Select(c => $"{c.Subject} {c.Id} {c.Kind} {c.Field}: {c.Old} -> {c.New}").ShouldBe(
        [
            "Ruleset lending Changed version: 1.0.0 -> 2.0.0",
            "Indicator S1.1 Reworded title: A written credit policy -> The credit policy is written down",
            "Indicator S1.1 Critical critical: no -> yes",
            "Indicator S1.2 Moved parent: S1 -> S2",
            "Indicator S1.2 Weight weight: 2 -> 1",
            "Indicator S2.1 Rule met: credit.checks >= 2 -> credit.checks >= min_checks",
            "Indicator S2.2 Removed : Dropped later -> ",
            "Indicator S2.3 Added :  -> New in the second edition",
            "Parameter dropped Removed : 3 -> ",
            "Parameter max_par Changed default: 10% -> 5%",
            "Parameter min_checks Added :  -> 2",
            "Grade A Changed min score: 80 -> 85",
            "Cap critical not met Changed grade: B -> C",
            "Certification sound Changed valid years: 2 -> 3",
        ]);
        diff.Changes.Single(c => c is { Kind: ChangeKind.Added, Subject: ChangeSubject.Indicator }).Parent.ShouldBe("S2");
        diff.Changes.Single(c => c is { Kind: ChangeKind.Removed, Subject: ChangeSubject.Indicator }).Parent.ShouldBe("S2");
    }

    [Fact]
    public void Evidence_items_and_translations_are_compared_too()
    {
        var translated = Old + "\ntranslation fr {\n  S1 \"Politiques\"\n}\n";
        var @new = translated
            .Replace("credit.checks : integer range 0..", "credit.checks : integer range 1..", StringComparison.Ordinal)
            .Replace("S1 \"Politiques\"", "S1 \"Politiques écrites\"", StringComparison.Ordinal);

        var diff = RulesetComparer.Compare(Compile(translated), Compile(@new));

        diff.Changes.Select(c => $"{c.Subject} {c.Id} {c.Kind} {c.Field}: {c.Old} -> {c.New}").ShouldBe(
        [
            "Node S1 Reworded title [fr]: Politiques -> Politiques écrites",
            "Evidence credit.checks Changed range: 0.. -> 1..",
        ]);
    }

    [Fact]
    public void Ids_sort_with_their_numbers_read_as_numbers()
    {
        string[] ids = ["CP1.10", "CP1.2", "CP10", "CP2", "CP1.02", "CP1"];

        ids.Order(Comparer<string>.Create(ChangeOrder.CompareIds)).ShouldBe(["CP1", "CP1.02", "CP1.2", "CP1.10", "CP2", "CP10"]);
    }

    [Fact]
    public void Two_editions_of_the_shipped_client_protection_ruleset_differ_in_every_kind_the_diff_knows()
    {
        var first = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "client-protection", "client-protection-1.yaml")).Ruleset!;
        var second = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "client-protection", "client-protection.yaml")).Ruleset!;

        var kinds = RulesetComparer.Compare(first, second).Changes.Select(c => c.Kind).Distinct();

        kinds.Order().ShouldBe(Enum.GetValues<ChangeKind>());
    }

    [Fact]
    public void Comparing_the_other_way_round_turns_every_addition_into_a_removal_and_swaps_old_and_new()
    {
        var first = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "client-protection", "client-protection-1.yaml")).Ruleset!;
        var second = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "client-protection", "client-protection.yaml")).Ruleset!;

        var forward = RulesetComparer.Compare(first, second).Changes;
        var backward = RulesetComparer.Compare(second, first).Changes;

        static ChangeKind Reverse(ChangeKind kind) => kind switch { ChangeKind.Added => ChangeKind.Removed, ChangeKind.Removed => ChangeKind.Added, _ => kind };
        backward.Select(c => (c.Subject, c.Kind, c.Field, c.Old, c.New)).Order().ShouldBe(
            forward.Select(c => (c.Subject, Reverse(c.Kind), c.Field, c.New, c.Old)).Order());
    }

    private static Ruleset Compile(string text, string name = "r.spm")
    {
        var dir = Directory.CreateTempSubdirectory("spm-diff-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, name), text);
            var compilation = RulesetCompiler.Compile(Path.Combine(dir, name), dir);
            compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            return compilation.Ruleset!;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
