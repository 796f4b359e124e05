using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Pdf;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// The HTML report as a browser sees it: each example institution's Universal Standards report is
/// opened in headless Chromium and checked in the DOM Chromium built, and a screenshot is kept under
/// the test output's artifacts folder for people to look at.
/// </summary>
public sealed class BrowserTests
{
    private const int UniversalStandardsIndicators = 169;

    private static string Examples => Path.Combine(RepositoryPaths.Rulesets, "examples");

    private static string Artifacts => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

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
    public void Example_report_shows_its_grade_every_indicator_once_and_the_charts(string pack)
    {
        var chromium = Browser.Chromium;
        var outcome = Auditor.Audit(Path.Combine(RepositoryPaths.Rulesets, "universal-standards", "universal-standards.spm"), Path.Combine(Examples, pack + ".yaml"), RepositoryPaths.Root);
        outcome.Diagnostics.ShouldBeEmpty();
        var result = outcome.Result!;
        var page = WritePage(pack, result);

        var dom = DomDump.Load(chromium, page);

        dom.Text(dom.ById("grade").ShouldNotBeNull()).ShouldBe(result.Grade!.Grade);
        var rows = dom.WithClass("indicator-row").Select(r => r.Attributes["data-id"]).ToList();
        rows.Count.ShouldBe(UniversalStandardsIndicators);
        rows.Distinct().Count().ShouldBe(rows.Count, "an indicator appears twice");
        rows.ShouldBe(result.Indicators.Select(i => i.Node.Id), ignoreOrder: true);
        var chart = dom.ById("chart-dimensions").ShouldNotBeNull();
        chart.Tag.ShouldBe("figure");
        dom.InnerHtml(chart).ShouldContain("<svg");
        dom.ById("chart-standards").ShouldNotBeNull();
        dom.WithTag("script").ShouldBeEmpty();
        dom.WithTag("img").ShouldBeEmpty();
        (dom.ById("provisional") is not null).ShouldBe(result.Coverage < 1);

        Screenshot(chromium, page, Path.Combine(Artifacts, pack + ".png"));
    }

    [BrowserFact]
    public void Markup_in_an_evidence_comment_stays_text_in_the_browser()
    {
        var chromium = Browser.Chromium;
        const string comment = "<script>alert(1)</script> and \"><img src=x onerror=alert(1)>";
        var page = WritePage("sample", SampleAudit.Run());

        var dom = DomDump.Load(chromium, page);

        dom.WithTag("script").ShouldBeEmpty();
        dom.WithTag("img").Where(e => e.Attributes.GetValueOrDefault("src") == "x").ShouldBeEmpty();
        dom.WithTag("img").ShouldBeEmpty();
        var span = dom.WithClass("comment").ShouldHaveSingleItem();
        dom.InnerHtml(span).ShouldNotContain("<", customMessage: "the comment must hold text only, no elements");
        dom.Text(span).ShouldBe(comment);
        dom.Text(dom.ById("institution").ShouldNotBeNull()).ShouldBe("Sample <Microfinance> & Co");
    }

    private static string WritePage(string name, AuditResult result)
    {
        var rendered = ReportRenderer.Render(result, "audit.html.sbn", new ReportOptions());
        rendered.Diagnostics.ShouldBeEmpty();
        var page = Path.Combine(Artifacts, name + ".html");
        File.WriteAllText(page, rendered.Text);
        return page;
    }

    private static void Screenshot(string chromium, string page, string png)
    {
        File.Delete(png);
        var run = HeadlessChromium.Execute(chromium, page, [$"--screenshot={png}", "--window-size=1280,2000", "--hide-scrollbars"]);

        run.Succeeded.ShouldBeTrue($"chromium --screenshot failed (exit {run.ExitCode}):\n{run.Stderr}");
        var bytes = File.ReadAllBytes(png);
        bytes.Take(8).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        bytes.Length.ShouldBeGreaterThan(20_000, "a blank page compresses to far less");
    }
}
