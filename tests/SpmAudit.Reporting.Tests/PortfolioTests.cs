using System.Text.Json;
using SpmAudit.Engine.Batch;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Reporting.Batch;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Portfolio;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>The portfolio report over the batch results of the example packs: grades, the heat map, certifications, common gaps and the figures by country and assessment type.</summary>
public sealed class PortfolioTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spm-portfolio-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static (BatchResults Batch, Ruleset Ruleset) ExampleBatch(string folder, string ruleset = "universal-standards/universal-standards.spm")
    {
        var compiled = CompiledRuleset.Create(RulesetCompiler.Compile(Path.Combine(RepositoryPaths.Rulesets, ruleset), RepositoryPaths.Root).Ruleset!);
        var packs = Directory.GetFiles(Path.Combine(RepositoryPaths.Rulesets, "examples"), "*.yaml").Order(StringComparer.Ordinal);
        var path = Path.Combine(folder, "results.jsonl");
        File.WriteAllLines(path, new BatchAuditor(compiled, [], parallelism: 2).Run(packs).Select(BatchLineWriter.Write));
        var diagnostics = new DiagnosticBag();
        var batch = BatchResultsReader.Read(path, "results.jsonl", diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return (batch!, compiled.Ruleset);
    }

    private static JsonElement Json(DocumentObject document) => JsonDocument.Parse(AuditJsonWriter.Write(document)).RootElement;

    [Fact]
    public void The_heat_map_has_a_row_per_assessment_and_a_cell_per_dimension()
    {
        var (batch, ruleset) = ExampleBatch(_folder);

        var portfolio = Json(PortfolioDocument.Build(batch, new PortfolioFilter(), ruleset, "results.jsonl", new DiagnosticBag())!);

        var rows = portfolio.GetProperty("heatMap").EnumerateArray().ToList();
        rows.Count.ShouldBe(8);
        rows.ShouldAllBe(r => r.GetProperty("scores").GetArrayLength() == 7);
        rows.Select(r => r.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        portfolio.GetProperty("grades").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()).ShouldBe(8);
        portfolio.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ShouldContain("Client protection");
    }

    [Fact]
    public void Common_gaps_are_the_indicators_most_often_not_fully_met_counted_per_assessment()
    {
        var (batch, ruleset) = ExampleBatch(_folder);

        var gaps = Json(PortfolioDocument.Build(batch, new PortfolioFilter(), ruleset, "results.jsonl", new DiagnosticBag())!).GetProperty("commonGaps").EnumerateArray().ToList();

        gaps.Count.ShouldBe(10);
        gaps.Select(g => g.GetProperty("count").GetInt32()).ShouldBeInOrder(SortDirection.Descending);
        foreach (var gap in gaps)
        {
            var id = gap.GetProperty("id").GetString();
            gap.GetProperty("count").GetInt32().ShouldBe(batch.Lines.Count(l => l.Gaps.Any(g => g.Id == id)));
            var statuses = gap.GetProperty("statuses");
            (statuses.GetProperty("not_met").GetInt32() + statuses.GetProperty("partial").GetInt32() + statuses.GetProperty("insufficient_evidence").GetInt32()).ShouldBe(gap.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public void Filters_keep_one_country_and_one_assessment_type_and_the_groups_cover_everything()
    {
        var (batch, ruleset) = ExampleBatch(_folder);

        var peru = Json(PortfolioDocument.Build(batch, new PortfolioFilter(Country: "pe"), ruleset, "results.jsonl", new DiagnosticBag())!);
        var audits = Json(PortfolioDocument.Build(batch, new PortfolioFilter(Assessment: "external-audit"), ruleset, "results.jsonl", new DiagnosticBag())!);
        var all = Json(PortfolioDocument.Build(batch, new PortfolioFilter(), ruleset, "results.jsonl", new DiagnosticBag())!);

        peru.GetProperty("assessments").GetInt32().ShouldBe(3);
        peru.GetProperty("institutions").GetInt32().ShouldBe(1);
        audits.GetProperty("heatMap").EnumerateArray().ShouldAllBe(r => r.GetProperty("assessment").GetString() == "external-audit");
        all.GetProperty("byCountry").EnumerateArray().Sum(g => g.GetProperty("assessments").GetInt32()).ShouldBe(8);
        all.GetProperty("byAssessment").EnumerateArray().Select(g => g.GetProperty("assessment").GetString()).ShouldBe(["accompanied-self-assessment", "external-audit", "self-assessment"]);
    }

    [Fact]
    public void Certification_decisions_are_counted_for_a_ruleset_that_has_them()
    {
        var (batch, ruleset) = ExampleBatch(_folder, "client-protection/client-protection.yaml");

        var certifications = Json(PortfolioDocument.Build(batch, new PortfolioFilter(), ruleset, "results.jsonl", new DiagnosticBag())!).GetProperty("certifications").EnumerateArray().ToList();

        certifications.Select(c => c.GetProperty("id").GetString()).ShouldBe(["client_protection", "client_protection_tiers"]);
        certifications.ShouldAllBe(c => c.GetProperty("decisions").EnumerateArray().Sum(d => d.GetProperty("count").GetInt32()) == 8);
    }

    [Fact]
    public void No_assessment_left_after_the_filters_is_SPM5103()
    {
        var (batch, ruleset) = ExampleBatch(_folder);
        var diagnostics = new DiagnosticBag();

        PortfolioDocument.Build(batch, new PortfolioFilter(Country: "ZZ"), ruleset, "results.jsonl", diagnostics).ShouldBeNull();

        diagnostics.ToSortedArray().ShouldHaveSingleItem().Code.ShouldBe("SPM5103");
    }

    [BrowserFact]
    public void The_html_portfolio_shows_the_heat_map_and_the_common_gaps_in_a_browser()
    {
        var chromium = Browser.Chromium;
        var (batch, ruleset) = ExampleBatch(_folder);
        var document = PortfolioDocument.Build(batch, new PortfolioFilter(), ruleset, "results.jsonl", new DiagnosticBag())!;
        var html = System.Text.Encoding.UTF8.GetString(PortfolioFormats.Render("html", document, ruleset, new ReportOptions(Language: "es")).Bytes!);
        var page = Path.Combine(BrowserTests.Artifacts, "portfolio-es.html");
        File.WriteAllText(page, html);
        var png = Path.ChangeExtension(page, ".png");
        File.Delete(png);

        var dom = DomDump.Load(chromium, page, png);

        dom.WithClass("heat-row").Count().ShouldBe(8);
        dom.WithClass("cell").Count().ShouldBe(8 * 8, "seven dimensions and the overall score per row");
        dom.WithClass("heat-0").ShouldNotBeEmpty();
        dom.WithClass("heat-4").ShouldNotBeEmpty();
        dom.ById("common-gaps").ShouldNotBeNull();
        dom.WithClass("gap-row").Count().ShouldBe(10);
        dom.Text(dom.ById("portfolio-title").ShouldNotBeNull()).ShouldBe(ruleset.Info.Title);
        dom.WithTag("script").ShouldBeEmpty();
        new FileInfo(png).Length.ShouldBeGreaterThan(20_000);
    }
}
