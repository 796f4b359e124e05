using System.Text.RegularExpressions;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Questionnaire;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// A questionnaire filled in with an example pack's answers and imported gives the result of the
/// YAML pack itself: the workbook loses nothing an audit reads.
/// </summary>
public sealed partial class QuestionnaireRoundTripTests
{
    internal static string UniversalStandards => RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm");

    internal static string Pack(string name) => RepositoryPaths.Combine("rulesets", "examples", name + ".yaml");

    [Theory]
    [InlineData("sahel-solidarity-finance")]
    [InlineData("andes-progreso-2023")]
    [InlineData("harvest-coop")]
    public void A_filled_workbook_audits_exactly_like_the_yaml_pack_it_was_filled_from(string pack)
    {
        RoundTrip(UniversalStandards, pack);
    }

    [Fact]
    public void A_filled_workbook_of_a_profile_audits_exactly_like_the_yaml_pack()
    {
        RoundTrip(RepositoryPaths.Combine("rulesets", "profiles", "investor-due-diligence.yaml"), "credito-rapido");
    }

    [Fact]
    public void A_workbook_with_nothing_answered_but_the_cover_gives_a_provisional_result_with_no_coverage()
    {
        var ruleset = Compile(UniversalStandards);
        using var filler = new WorkbookFiller(QuestionnaireWorkbook.Write(QuestionnairePlan.Build(ruleset, "en")));
        var bytes = filler.Put("Cover", "C3", "mfi-x").Put("Cover", "C4", "MFI X").Save();

        var result = Import(ruleset, bytes).Result.ShouldNotBeNull();

        result.Coverage!.Value.ShouldBeLessThan(0.05);
        result.IsProvisional.ShouldBeTrue();
        result.Indicators.ShouldContain(i => i.Status == IndicatorStatus.InsufficientEvidence);
    }

    [Fact]
    public void Regenerating_for_a_profile_keeps_the_keys_of_every_item_both_ask()
    {
        var full = QuestionnairePlan.Build(Compile(UniversalStandards), "en");
        var subset = QuestionnairePlan.Build(Compile(RepositoryPaths.Combine("rulesets", "profiles", "investor-due-diligence.yaml")), "fr");

        var fullKeys = Keys(full);
        Keys(subset).ShouldBeSubsetOf(fullKeys);
        Keys(subset).Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void The_yaml_template_asks_every_item_of_the_workbook_and_audits_as_written()
    {
        var ruleset = Compile(UniversalStandards);
        var plan = QuestionnairePlan.Build(ruleset, "en");
        var template = QuestionnaireTemplate.Write(plan);

        var result = Import(ruleset, System.Text.Encoding.UTF8.GetBytes(template), "template.yaml");

        result.Diagnostics.ShouldBeEmpty();
        result.Result!.Pack.Items.Keys.Order(StringComparer.Ordinal).ShouldBe(Keys(plan).Order(StringComparer.Ordinal));
        result.Result.Pack.Items.Values.ShouldAllBe(e => e.IsMissing);
        template.ShouldContain("# Does the approved mission or strategy name the client groups the institution means to serve?");
    }

    [Fact]
    public void Every_item_an_indicator_reads_is_asked_exactly_once_and_every_list_has_its_sheet()
    {
        var ruleset = Compile(UniversalStandards);
        var plan = QuestionnairePlan.Build(ruleset, "en");

        var asked = plan.Sections.SelectMany(s => s.Rows).OfType<ItemRow>().Select(r => r.Item.Key).ToList();
        asked.Distinct().Count().ShouldBe(asked.Count);
        asked.ToHashSet().ShouldBe(ruleset.Indicators.SelectMany(i => i.Rule!.Reads).Select(r => r.Key).ToHashSet(), ignoreOrder: true);
        plan.Lists.Select(l => l.Item.Key).ShouldBe(asked.Where(k => ruleset.FindEvidence(k)!.Type.Kind == TypeKind.RecordList), ignoreOrder: true);
        plan.Sections.Select(s => s.SheetName).Concat(plan.Lists.Select(l => l.SheetName)).ShouldAllBe(n => n.Length <= 31);
        plan.Sections[1].SheetName.ShouldBe("2 Committed leadership");
    }

    internal static void RoundTrip(string rulesetPath, string pack)
    {
        var ruleset = Compile(rulesetPath);
        using var filler = new WorkbookFiller(QuestionnaireWorkbook.Write(QuestionnairePlan.Build(ruleset, "en")));
        var bytes = filler.FillFrom(Pack(pack), ruleset).Save();

        var fromWorkbook = Import(ruleset, bytes);
        var fromYaml = Auditor.Audit(CompiledRuleset.Create(ruleset), Pack(pack), [], RepositoryPaths.Root);

        fromWorkbook.Diagnostics.ShouldBeEmpty();
        SameDocument(Comparable(AuditJsonWriter.Write(fromWorkbook.Result!)), Comparable(AuditJsonWriter.Write(fromYaml.Result!)), pack);
    }

    /// <summary>Equal result documents; otherwise both are written out and the message says how to compare them.</summary>
    internal static void SameDocument(string actual, string expected, string name)
    {
        if (actual != expected)
        {
            var folder = Directory.CreateTempSubdirectory("spm-roundtrip-").FullName;
            File.WriteAllText(Path.Combine(folder, name + ".yaml.json"), expected);
            File.WriteAllText(Path.Combine(folder, name + ".xlsx.json"), actual);
            throw new Xunit.Sdk.XunitException($"The imported workbook's result differs from the pack's: diff -u {folder}/{name}.yaml.json {folder}/{name}.xlsx.json");
        }
    }

    internal static AuditOutcome Import(Ruleset ruleset, byte[] workbook, string name = "q.xlsx")
    {
        var dir = Directory.CreateTempSubdirectory("spm-q-").FullName;
        try
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, workbook);
            return Auditor.Audit(CompiledRuleset.Create(ruleset), path, [], dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static Ruleset Compile(string path)
    {
        var compilation = RulesetCompiler.Compile(path, RepositoryPaths.Root);
        compilation.Success.ShouldBeTrue();
        return compilation.Ruleset!;
    }

    /// <summary>The result document without what must differ: the evidence fingerprint and the evidence file's name.</summary>
    internal static string Comparable(string json) => Fingerprint().Replace(json, "\"evidenceSha256\": \"\"").Replace("q.xlsx", "<evidence>", StringComparison.Ordinal);

    private static HashSet<string> Keys(QuestionnairePlan plan) => [.. plan.Sections.SelectMany(s => s.Rows).OfType<ItemRow>().Select(r => r.Item.Key)];

    [GeneratedRegex("\"evidenceSha256\": \"[0-9a-f]*\"")]
    private static partial Regex Fingerprint();
}
