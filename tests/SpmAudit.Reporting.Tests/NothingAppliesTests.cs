using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>A result where nothing applies has no score and no grade, and every format says so instead of printing 0.</summary>
public sealed class NothingAppliesTests
{
    private static string Folder => RepositoryPaths.Combine("tests", "SpmAudit.Reporting.Tests", "Cases", "NothingApplies");

    [Theory]
    [InlineData("json", "expected.json")]
    [InlineData("md", "expected.md")]
    public void Every_format_reports_no_score_and_no_grade(string format, string expected)
    {
        var outcome = Auditor.Audit(Path.Combine(Folder, "ruleset.spm"), Path.Combine(Folder, "evidence.yaml"), Folder);
        outcome.Diagnostics.ShouldBeEmpty();

        var rendered = ReportFormats.Find(format)!.Render(outcome.Result!, new ReportOptions());

        rendered.Diagnostics.ShouldBeEmpty();
        Baseline.Verify(Path.Combine(Folder, expected), System.Text.Encoding.UTF8.GetString(rendered.Bytes!));
    }

    [Fact]
    public void The_html_report_says_there_is_no_grade()
    {
        var outcome = Auditor.Audit(Path.Combine(Folder, "ruleset.spm"), Path.Combine(Folder, "evidence.yaml"), Folder);

        var html = System.Text.Encoding.UTF8.GetString(ReportFormats.Find("html")!.Render(outcome.Result!, new ReportOptions()).Bytes!);

        html.ShouldContain("<div class=\"grade long\" id=\"grade\">No grade</div>");
        html.ShouldContain("No score: nothing in this ruleset applies to the institution.");
    }
}
