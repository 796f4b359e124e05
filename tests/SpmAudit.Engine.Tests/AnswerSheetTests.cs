using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>A CSV answer sheet holding a pack's answers audits exactly like the YAML pack it came from.</summary>
public sealed class AnswerSheetTests
{
    private static string Examples => RepositoryPaths.Combine("rulesets", "examples");

    public static TheoryData<string> Packs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Examples, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void An_answer_sheet_of_an_example_pack_gives_the_same_statuses_scores_and_grades(string pack)
    {
        var compiled = Compile();
        var yaml = Path.Combine(Examples, pack + ".yaml");
        var dir = Directory.CreateTempSubdirectory("spm-sheet-").FullName;
        try
        {
            var csv = Path.Combine(dir, pack + ".csv");
            File.WriteAllText(csv, Sheet(yaml));

            var fromYaml = Auditor.Audit(compiled, yaml, [], Examples).Result!;
            var fromCsv = Auditor.Audit(compiled, csv, [], dir).Result!;

            fromCsv.Indicators.Select(i => (i.Node.Id, i.Status, i.Points, i.Reason)).ShouldBe(fromYaml.Indicators.Select(i => (i.Node.Id, i.Status, i.Points, i.Reason)));
            fromCsv.Score.ShouldBe(fromYaml.Score);
            fromCsv.Grade!.Grade.ShouldBe(fromYaml.Grade!.Grade);
            Evidence(fromCsv).ShouldBe(Evidence(fromYaml));
            Nodes(fromCsv.Nodes).ShouldBe(Nodes(fromYaml.Nodes));
            fromCsv.Certifications.Select(c => (c.Certification.Id, c.Passed, c.Tier, string.Join("; ", c.Shortfalls)))
                .ShouldBe(fromYaml.Certifications.Select(c => (c.Certification.Id, c.Passed, c.Tier, string.Join("; ", c.Shortfalls))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>rulesets/examples/sahel-solidarity-finance.csv is the answer sheet of its YAML pack, kept for people to look at and try.</summary>
    [Fact]
    public void The_shipped_answer_sheet_is_the_yaml_packs_answers()
    {
        Baseline.Verify(Path.Combine(Examples, "sahel-solidarity-finance.csv"), Sheet(Path.Combine(Examples, "sahel-solidarity-finance.yaml")));
    }

    private static string Sheet(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var document = new YamlEvidenceReader().Read(Path.GetFileName(yaml), File.ReadAllBytes(yaml), diagnostics)!;
        diagnostics.HasErrors.ShouldBeFalse();
        return AnswerSheet.FromDocument(document);
    }

    private static CompiledRuleset Compile()
    {
        var compilation = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm"), RepositoryPaths.Root);
        compilation.Success.ShouldBeTrue();
        return CompiledRuleset.Create(compilation.Ruleset!);
    }

    /// <summary>Every value each indicator read, with its source and comment, as the result holds it.</summary>
    private static List<string> Evidence(Results.AuditResult result) =>
        [.. result.Indicators.SelectMany(i => i.Evidence.Select(e => $"{i.Node.Id} {e.Item.Key} = {Explanation.ValueText.Format(e.Item.Type, e.Entry?.Value)} [{e.Entry?.Source}] {e.Entry?.Comment}"))];

    private static List<string> Nodes(IEnumerable<Results.NodeResult> nodes) =>
        [.. nodes.SelectMany(n => Nodes(n.Children).Prepend($"{n.Node.Id} {n.Score} {n.Coverage} {n.Status}"))];
}
