using System.Text;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// A report is whole or refused, never cut: template loop limits grow with the ruleset, so a node
/// with thousands of indicators is listed entirely, and a report longer than its limit is a diagnostic.
/// </summary>
public sealed class LargeRulesetReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spm-large-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Markdown_lists_all_of_twenty_thousand_indicators_under_one_node()
    {
        var result = Audit(20_000);

        var text = ReportRenderer.Render(result, "audit.md.sbn", new ReportOptions()).Text!;

        for (var i = 1; i <= 20_000; i += 997)
        {
            text.ShouldContain($"**S1.{i} Indicator {i}**");
        }

        text.ShouldContain("**S1.20000 Indicator 20000**");
        text.TrimEnd().ShouldEndWith("with the fingerprints above.");
        text.ShouldNotContain("...");
    }

    [Theory]
    [InlineData("audit.html.sbn")]
    [InlineData("board.html.sbn")]
    public void Html_renders_a_node_with_seven_hundred_indicators_whole(string template)
    {
        var result = Audit(700);

        var outcome = ReportRenderer.Render(result, template, new ReportOptions());

        outcome.Diagnostics.ShouldBeEmpty(string.Join("\n", outcome.Diagnostics));
        outcome.Text!.TrimEnd().ShouldEndWith("</html>");
        if (template == "audit.html.sbn")
        {
            outcome.Text.ShouldContain("S1.700");
        }
    }

    [BrowserFact]
    public void Pdf_prints_a_node_with_seven_hundred_indicators()
    {
        var output = ReportFormats.Find("pdf")!.Render(Audit(700), new ReportOptions());

        output.Diagnostics.ShouldBeEmpty();
        output.Problem.ShouldBeNull();
        Encoding.ASCII.GetString(output.Bytes!, 0, 5).ShouldBe("%PDF-");
        Encoding.ASCII.GetString(output.Bytes!, output.Bytes!.Length - 16, 16).ShouldContain("%%EOF");
    }

    [Fact]
    public void A_report_longer_than_its_limit_is_refused_whole_with_SPM5004()
    {
        var result = Audit(50);
        var whole = ReportRenderer.Render(result, "audit.md.sbn", new ReportOptions()).Text!;

        var refused = ReportRenderer.Render(result, "audit.md.sbn", new ReportOptions { MaxLength = 1_000 });
        var fits = ReportRenderer.Render(result, "audit.md.sbn", new ReportOptions { MaxLength = whole.Length * 2 });

        refused.Text.ShouldBeNull();
        refused.Diagnostics.Select(d => d.Code).ShouldBe(["SPM5004"]);
        Baseline.Verify(RepositoryPaths.Combine("tests", "SpmAudit.Reporting.Tests", "Cases", "5004-report-over-its-length-limit", "expected.txt"), string.Join("\n", refused.Diagnostics) + "\n");
        fits.Text.ShouldBe(whole);
    }

    private AuditResult Audit(int indicators)
    {
        var ruleset = new StringBuilder("""
            ruleset large "Large"
              version "1.0.0"
              levels standard > indicator

            grades {
              "A" >= 50
              "B" >= 0
            }

            evidence {
              a : number
            }

            standard S1 "All in one" {

            """);
        for (var i = 1; i <= indicators; i++)
        {
            ruleset.Append(System.Globalization.CultureInfo.InvariantCulture, $"  indicator S1.{i} \"Indicator {i}\" {{ score {{ met when a >= {i % 3} }} }}\n");
        }

        ruleset.Append("}\n");
        File.WriteAllText(Path.Combine(_folder, "ruleset.spm"), ruleset.ToString());
        File.WriteAllText(Path.Combine(_folder, "pack.yaml"), "institution: { id: big, name: Big }\nassessment: external-audit\nevidence:\n  a: 1\n");
        var outcome = Auditor.Audit(Path.Combine(_folder, "ruleset.spm"), Path.Combine(_folder, "pack.yaml"), _folder);
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Result!;
    }
}
