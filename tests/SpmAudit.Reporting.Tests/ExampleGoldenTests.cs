using System.Globalization;
using System.Text;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// The shipped example institutions against the shipped rulesets. Golden files live in
/// rulesets/examples/expected: the full JSON and Markdown of the Universal Standards audit, and a
/// summary (grade, score, coverage, top-level scores) of every ruleset, per example.
/// </summary>
public sealed class ExampleGoldenTests
{
    private const string UniversalStandards = "universal-standards/universal-standards.spm";

    private static string Examples => Path.Combine(RepositoryPaths.Rulesets, "examples");

    private static string Expected => Path.Combine(Examples, "expected");

    public static TheoryData<string> Packs()
    {
        var data = new TheoryData<string>();
        foreach (var pack in Directory.GetFiles(Examples, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(pack));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Universal_standards_audit_matches_the_golden_json_and_markdown(string pack)
    {
        var result = Audit(UniversalStandards, pack);

        Baseline.Verify(Path.Combine(Expected, $"{pack}.universal-standards.json"), AuditJsonWriter.Write(result));
        var markdown = ReportRenderer.Render(result, "audit.md.sbn");
        markdown.Diagnostics.ShouldBeEmpty();
        Baseline.Verify(Path.Combine(Expected, $"{pack}.universal-standards.md"), markdown.Text!);
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Every_ruleset_audits_the_example_as_in_its_golden_summary(string pack)
    {
        var summary = new StringBuilder();
        foreach (var ruleset in ShippedRulesets.ReadingSharedDictionary())
        {
            summary.Append(Summary(Audit(Path.GetRelativePath(RepositoryPaths.Rulesets, ruleset), pack)));
        }

        Baseline.Verify(Path.Combine(Expected, $"{pack}.summary.txt"), summary.ToString());
    }

    [Fact]
    public void The_six_institutions_receive_at_least_four_different_universal_standards_grades()
    {
        string[] institutions = ["umoja-women-ngo", "credito-rapido", "harvest-coop", "swift-cash-finance", "sahel-solidarity-finance", "andes-progreso-2025"];

        var grades = institutions.Select(i => Audit(UniversalStandards, i).Grade!.Grade).Distinct().ToList();

        grades.Count.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void The_three_yearly_packs_show_progress()
    {
        string[] years = ["2023", "2024", "2025"];
        var scores = years.Select(y => Audit(UniversalStandards, $"andes-progreso-{y}").Score!.Value).ToList();

        scores.ShouldBeInOrder(SortDirection.Ascending);
        scores[0].ShouldBeLessThan(scores[2]);
    }

    private static AuditResult Audit(string ruleset, string pack)
    {
        var outcome = Auditor.Audit(Path.Combine(RepositoryPaths.Rulesets, ruleset), Path.Combine(Examples, pack + ".yaml"), RepositoryPaths.Root, trustScripts: true);
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Result!;
    }

    private static string Summary(AuditResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Ruleset.Info.Id} {result.Ruleset.Info.Version}: grade {result.Grade!.Grade} (band {result.Grade!.BandGrade}), score {SpmAudit.Reporting.Document.ResultDocument.Round(result.Score)}, coverage {SpmAudit.Reporting.Document.ResultDocument.Round(result.Coverage)}");
        foreach (var cap in result.Grade!.Caps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  cap {cap.Grade} ({cap.Trigger}): {string.Join(", ", cap.IndicatorIds)}");
        }

        if (result.Grade!.Override is { } decision)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  override to {decision.Grade} from {result.Grade!.ComputedGrade}: {decision.Reason}");
        }

        foreach (var certification in result.Certifications)
        {
            var decided = certification.Passed ? $"pass{(certification.Tier is { } tier ? $" ({tier})" : "")}, valid until {certification.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}" : "fail";
            text.AppendLine(CultureInfo.InvariantCulture, $"  certification {certification.Certification.Id}: {decided}");
        }

        foreach (var node in result.Nodes)
        {
            var score = node.Score is { } s ? SpmAudit.Reporting.Document.ResultDocument.Round(s).ToString(CultureInfo.InvariantCulture) : "n/a";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {node.Node.Level} {node.Node.Id}: {score} ({node.Status.ToString()})");
        }

        return text.ToString();
    }
}
