using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Localization;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// The HTML reports as a browser sees them: each example institution's Universal Standards board and
/// full reports, in every language, are opened in headless Chromium and checked in the DOM Chromium
/// built, and a screenshot of each is kept under the test output's artifacts folder for people to look at.
/// </summary>
public sealed class BrowserTests
{
    private const int UniversalStandardsIndicators = 169;

    private static string Examples => Path.Combine(RepositoryPaths.Rulesets, "examples");

    internal static string Artifacts => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public static TheoryData<string> Packs()
    {
        var data = new TheoryData<string>();
        foreach (var pack in Directory.GetFiles(Examples, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(pack));
        }

        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Packs))]
    public void Board_and_full_reports_render_in_every_language_with_the_grade_their_sections_and_whole_labels(string pack)
    {
        var chromium = Browser.Chromium;
        var outcome = Auditor.Audit(Path.Combine(RepositoryPaths.Rulesets, "universal-standards", "universal-standards.spm"), Path.Combine(Examples, pack + ".yaml"), RepositoryPaths.Root);
        outcome.Diagnostics.ShouldBeEmpty();
        var result = outcome.Result!;
        var pages = (from kind in ReportKinds.Names
                     from language in ReportLabels.Languages
                     select (Kind: kind, Language: language, Page: WritePage($"{pack}-{kind}-{language}", result, new ReportOptions(Language: language, Kind: kind)))).ToList();

        // Two Chromiums at a time: each run is mostly start-up, and CI has two cores.
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var png = Path.ChangeExtension(page.Page, ".png");
            File.Delete(png);
            var dom = DomDump.Load(chromium, page.Page, png);
            var where = $"{pack}, {page.Kind}, {page.Language}";

            dom.WithTag("html").First().Attributes["lang"].ShouldBe(page.Language, where);
            dom.Text(dom.ById("grade").ShouldNotBeNull(where)).ShouldBe(result.Grade!.Grade, where);
            dom.Text(dom.ById("cover-grade").ShouldNotBeNull(where)).ShouldBe(result.Grade!.Grade, where);
            string[] sections = page.Kind == ReportKinds.Board
                ? ["cover", "toc", "summary", "scale", "dimensions", "findings", "method", "signoff"]
                : ["cover", "toc", "overview", "scale", "charts", "details", "method", "signoff"];
            foreach (var id in sections)
            {
                dom.ById(id).ShouldNotBeNull($"{where}: section #{id}");
            }

            // Every contents entry points at a section that exists.
            var targets = dom.WithTag("a").Select(a => a.Attributes.GetValueOrDefault("href") ?? "").Where(h => h.StartsWith('#')).ToList();
            targets.ShouldNotBeEmpty(where);
            targets.Where(h => dom.ById(h.Substring(1)) is null).ShouldBeEmpty($"{where}: links to no section");
            if (page.Kind == ReportKinds.Full)
            {
                var rows = dom.WithClass("indicator-row").Select(r => r.Attributes["data-id"]).ToList();
                rows.Count.ShouldBe(UniversalStandardsIndicators, where);
                rows.Distinct().Count().ShouldBe(rows.Count, $"{where}: an indicator appears twice");
                rows.ShouldBe(result.Indicators.Select(i => i.Node.Id), ignoreOrder: true, where);
                dom.ById("chart-standards").ShouldNotBeNull(where);
            }
            else
            {
                dom.WithClass("dimension-row").Count().ShouldBe(result.Nodes.Length, where);
                dom.WithClass("finding").Count().ShouldBeLessThanOrEqualTo(10, where);
            }

            // Chart labels wrap: each one holds its node's whole id and title, nothing cut.
            var labels = dom.WithClass("bar-label").Select(dom.Text).ToList();
            labels.Count.ShouldBeGreaterThanOrEqualTo(result.Nodes.Length, where);
            labels.ShouldAllBe(l => !l.Contains('…'), where);
            var titles = dom.WithClass("bar").Select(bar => dom.Text(dom.Elements().First(e => e.Tag == "title" && e.ContentStart > bar.ContentStart))).ToList();
            labels.Zip(titles).ShouldAllBe(p => p.Second.Replace(" ", "", StringComparison.Ordinal).StartsWith(p.First.Replace(" ", "", StringComparison.Ordinal) + ":", StringComparison.Ordinal), where);
            dom.WithTag("script").ShouldBeEmpty(where);
            dom.WithTag("img").ShouldBeEmpty(where);
            (dom.ById("provisional") is not null).ShouldBe(result.Coverage < 1, where);

            var bytes = File.ReadAllBytes(png);
            bytes.Take(8).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, where);
            bytes.Length.ShouldBeGreaterThan(20_000, $"{where}: a blank page compresses to far less");
        });
    }

    [BrowserFact]
    public void Markup_in_an_evidence_comment_stays_text_in_the_browser()
    {
        var chromium = Browser.Chromium;
        const string comment = "<script>alert(1)</script> and \"><img src=x onerror=alert(1)>";
        var page = WritePage("sample", SampleAudit.Run(), new ReportOptions());

        var dom = DomDump.Load(chromium, page);

        dom.WithTag("script").ShouldBeEmpty();
        dom.WithTag("img").Where(e => e.Attributes.GetValueOrDefault("src") == "x").ShouldBeEmpty();
        dom.WithTag("img").ShouldBeEmpty();
        var span = dom.WithClass("comment").ShouldHaveSingleItem();
        dom.InnerHtml(span).ShouldNotContain("<", customMessage: "the comment must hold text only, no elements");
        dom.Text(span).ShouldBe(comment);
        dom.Text(dom.ById("institution").ShouldNotBeNull()).ShouldBe("Sample <Microfinance> & Co");
    }

    private static string WritePage(string name, AuditResult result, ReportOptions options)
    {
        var rendered = ReportRenderer.Render(result, ReportKinds.Find(options.Kind)!.HtmlTemplate, options);
        rendered.Diagnostics.ShouldBeEmpty();
        var page = Path.Combine(Artifacts, name + ".html");
        File.WriteAllText(page, rendered.Text);
        return page;
    }
}
