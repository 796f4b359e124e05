using System.Text.Json;
using System.Text.RegularExpressions;
using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>The self-contained HTML report: golden output, escaping of every outside text, no way out to the network.</summary>
public sealed partial class HtmlReportTests
{
    private static string Html(ReportOptions? options = null)
    {
        var outcome = ReportRenderer.Render(SampleAudit.Run(), "audit.html.sbn", options ?? new ReportOptions());
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Text!;
    }

    [Fact]
    public void Sample_report_matches_the_golden_html()
    {
        Baseline.Verify(Path.Combine(SampleAudit.Folder, "expected.html"), Html());
    }

    [Fact]
    public void Evidence_comment_with_markup_renders_as_text()
    {
        var html = Html();

        html.ShouldNotContain("<script");
        html.ShouldNotContain("<img");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        html.ShouldContain("Sample &lt;Microfinance&gt; &amp; Co");
    }

    [Fact]
    public void Report_forbids_scripts_and_loads_nothing_from_outside()
    {
        var html = Html();

        html.ShouldContain("""<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">""");
        ExternalReference().Matches(html).Select(m => m.Value).ShouldBeEmpty();
    }

    [Fact]
    public void Report_has_the_stable_hooks_tests_and_readers_rely_on()
    {
        var html = Html();

        html.ShouldContain("""<div class="grade" id="grade">B</div>""");
        html.ShouldContain("""id="chart-dimensions""");
        html.ShouldContain("""id="chart-standards""");
        IndicatorRow().Matches(html).Select(m => m.Groups[1].Value).ShouldBe(["1.A.1", "1.A.2", "4.A.1", "4.E.1"]);
    }

    [Fact]
    public void Print_rendering_opens_every_section()
    {
        var screen = Html();
        var print = Html(new ReportOptions(ForPrint: true));

        DetailsTag().Matches(screen).ShouldAllBe(m => !m.Value.Contains(" open", StringComparison.Ordinal));
        DetailsTag().Matches(print).ShouldAllBe(m => m.Value.EndsWith(" open>", StringComparison.Ordinal));
    }

    [Fact]
    public void Certification_outcomes_are_listed_only_when_the_ruleset_defines_them()
    {
        var outcome = Auditor.Audit(
            Path.Combine(RepositoryPaths.Rulesets, "client-protection", "client-protection.yaml"),
            Path.Combine(RepositoryPaths.Rulesets, "examples", "swift-cash-finance.yaml"),
            RepositoryPaths.Root);
        outcome.Diagnostics.ShouldBeEmpty();
        using var json = JsonDocument.Parse(AuditJsonWriter.Write(outcome.Result!));
        var expected = json.RootElement.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();

        var html = ReportRenderer.Render(outcome.Result!, "audit.html.sbn", new ReportOptions(Language: "fr")).Text!;

        expected.ShouldNotBeEmpty();
        html.ShouldContain("""<section id="outcomes">""");
        OutcomeRow().Matches(html).Select(m => m.Groups[1].Value).ShouldBe(expected);
        html.ShouldContain("""<td class="decision">non accordée</td>""");
        Html().ShouldNotContain("""id="outcomes""");
    }

    [Fact]
    public void A_template_directory_can_override_one_partial()
    {
        var dir = Directory.CreateTempSubdirectory("spm-template-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "html-style.sbn"), "body { color: rebeccapurple; }");

            var html = Html(new ReportOptions(TemplateDirectory: dir));

            html.ShouldContain("<style>\nbody { color: rebeccapurple; }\n</style>");
            html.ShouldContain("""id="chart-dimensions""");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_error_in_a_partial_is_located_in_that_partial()
    {
        var dir = Directory.CreateTempSubdirectory("spm-template-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "html-style.sbn"), "body {}\n{{ no_such_function 1 }}");

            var outcome = ReportRenderer.Render(SampleAudit.Run(), "audit.html.sbn", new ReportOptions(TemplateDirectory: dir));

            outcome.Text.ShouldBeNull();
            var diagnostic = outcome.Diagnostics.ShouldHaveSingleItem();
            diagnostic.Code.ShouldBe("SPM5002");
            diagnostic.Span.Path.ShouldBe(Path.Combine(dir, "html-style.sbn"));
            diagnostic.Span.Line.ShouldBe(2);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Anything that would make a browser fetch: src/href to a URL, CSS url() or @import.</summary>
    [GeneratedRegex(@"(?:src|href)\s*=\s*""(?!#)[^""]*""|url\(|@import|https?://(?!www\.w3\.org/2000/svg)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<tr class=""indicator-row"" id=""[^""]*"" data-id=""([^""]*)""")]
    private static partial Regex IndicatorRow();

    [GeneratedRegex(@"<tr class=""outcome-row [^""]*"" data-id=""([^""]*)""")]
    private static partial Regex OutcomeRow();

    [GeneratedRegex(@"<details [^>]*>")]
    private static partial Regex DetailsTag();
}
