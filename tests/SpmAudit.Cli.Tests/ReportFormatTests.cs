using SpmAudit.Tests;
using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

/// <summary><c>spm-audit audit --format html|pdf --lang</c>: the reports people hand over.</summary>
public sealed class ReportFormatTests
{
    private const string SampleRuleset = "tests/SpmAudit.Reporting.Tests/Cases/Sample/ruleset.spm";
    private const string SampleEvidence = "tests/SpmAudit.Reporting.Tests/Cases/Sample/evidence.yaml";

    [Fact]
    public void Html_format_prints_one_self_contained_page()
    {
        var run = Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--format", "html");

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldStartWith("<!DOCTYPE html>");
        run.Stdout.ShouldContain("""<div class="grade" id="grade">B</div>""");
        run.Stdout.ShouldNotContain("<script");
        run.Stdout.TrimEnd().ShouldEndWith("</html>");
    }

    [Fact]
    public void Lang_fr_writes_the_report_labels_in_french()
    {
        var run = Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--format", "md", "--lang", "fr");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldStartWith("# Audit de performance sociale : Sample");
        run.Stdout.ShouldContain("| Note | **B** |");
        run.Stdout.ShouldContain("| non atteint |");
    }

    [Fact]
    public void An_unsupported_language_is_misuse()
    {
        var run = Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--format", "md", "--lang", "de");

        run.ExitCode.ShouldBe(2);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Pdf_without_out_is_misuse_and_prints_nothing()
    {
        var run = Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--format", "pdf");

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain("--out");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Pdf_without_chromium_says_so_and_exits_1()
    {
        var target = Path.Combine(Path.GetTempPath(), $"spm-report-{Guid.NewGuid():N}.pdf");

        var run = ExecuteWithEnvironment(new() { ["SPM_CHROMIUM"] = "/nonexistent/chromium" },
            "audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--format", "pdf", "--out", target);

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("needs Chromium");
        run.Stderr.ShouldContain("SPM_CHROMIUM");
        run.ShouldHaveNoStackTrace();
        File.Exists(target).ShouldBeFalse();
    }

    [PdfFact]
    public void Pdf_first_page_shows_the_grade()
    {
        var pdftotext = PdfTools.RequirePdfToText();
        var target = Path.Combine(Path.GetTempPath(), $"spm-report-{Guid.NewGuid():N}.pdf");
        try
        {
            var run = Execute("audit", "--ruleset", SampleRuleset, "--evidence", SampleEvidence, "--format", "pdf", "--out", target);

            run.ExitCode.ShouldBe(0, run.Stderr);
            File.ReadAllBytes(target).Take(5).ShouldBe("%PDF-"u8.ToArray());
            var firstPage = FirstPageText(pdftotext, target);
            firstPage.ShouldContain("GRADE");
            firstPage.Split('\n').Select(l => l.Trim()).ShouldContain("B", "the grade on a line of its own, as the grade card prints it");
            firstPage.ShouldContain("66.67");
            firstPage.ShouldContain("Sample <Microfinance> & Co");
        }
        finally
        {
            File.Delete(target);
        }
    }

    private static string FirstPageText(string pdftotext, string pdf) => PdfTools.Run(pdftotext, "-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-");

    private static Run ExecuteWithEnvironment(Dictionary<string, string> environment, params string[] args) => Execute(environment, args);
}
