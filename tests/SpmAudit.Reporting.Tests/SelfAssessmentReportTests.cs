using System.Text.RegularExpressions;
using SpmAudit.Engine.Analysis;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Plan;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Reporting.Trend;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>The trend across the three yearly packs of one institution, and the action plan, in every form they are written.</summary>
public sealed partial class SelfAssessmentReportTests
{
    /// <summary>Out of order on purpose: a trend sorts its assessments by date.</summary>
    private static readonly string[] YearlyPacks = ["andes-progreso-2024", "andes-progreso-2025", "andes-progreso-2023"];

    private static readonly CompiledRuleset Compiled = CompiledRuleset.Create(QuestionnaireRoundTripTests.Compile(QuestionnaireRoundTripTests.UniversalStandards));

    private static AuditResult Audit(string pack) => Auditor.Audit(Compiled, QuestionnaireRoundTripTests.Pack(pack), [], RepositoryPaths.Root).Result!;

    private static TrendReport AndesTrend()
    {
        var diagnostics = new DiagnosticBag();
        var summaries = YearlyPacks
            .Select(p => ResultSummary.Read(p + ".json", AuditJsonWriter.Write(Audit(p)), diagnostics)!)
            .ToList();
        return TrendReport.Build(summaries, diagnostics).ShouldNotBeNull();
    }

    [Fact]
    public void The_three_yearly_packs_give_a_trend_oldest_first_with_what_moved()
    {
        var trend = AndesTrend();

        trend.Assessments.Select(a => a.Label).ShouldBe(["2023", "2024", "2025"]);
        trend.Assessments.Select(a => a.Grade).ShouldBe(["D", "C", "B"]);
        trend.Nodes.Length.ShouldBe(7);
        trend.Steps.Length.ShouldBe(2);
        trend.Steps[0].Moves.ShouldContain(m => m.Id == "1.A.1.4" && m.Up);
        trend.Steps[0].Moves.ShouldContain(m => m.Id == "1.A.2.5" && !m.Up);
        trend.Steps[0].ScoreChange!.Value.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void The_html_report_with_earlier_results_draws_the_trend_as_inline_svg()
    {
        var options = new ReportOptions() { Extras = new ReportExtras(Trend: AndesTrend()) };
        var html = ReportRenderer.Render(Audit("andes-progreso-2025"), "audit.html.sbn", options).Text.ShouldNotBeNull();

        var section = html[html.IndexOf("<section id=\"trend\">", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        section.ShouldContain("<svg");
        var overall = OverallLine().Match(section);
        overall.Success.ShouldBeTrue();
        overall.Groups[1].Value.Split(' ').Length.ShouldBe(3);
        section.ShouldContain("data-id=\"7\"");
        html.ShouldNotContain("<script");
    }

    [Fact]
    public void Without_earlier_results_or_a_plan_the_report_has_neither_section()
    {
        var html = ReportRenderer.Render(Audit("andes-progreso-2025"), "audit.html.sbn", new ReportOptions()).Text.ShouldNotBeNull();

        html.ShouldNotContain("id=\"trend\"");
        html.ShouldNotContain("id=\"plan\"");
        AuditJsonWriter.Write(Audit("andes-progreso-2025")).ShouldNotContain("\"plan\"");
    }

    [Fact]
    public void The_action_plan_puts_every_critical_indicator_first_then_the_largest_gains()
    {
        var plan = ActionPlanner.Plan(Audit("andes-progreso-2023"));

        plan.Items.ShouldNotBeEmpty();
        var firstOther = plan.Items.ToList().FindIndex(i => !i.Critical);
        plan.Items.Skip(firstOther).ShouldAllBe(i => !i.Critical);
        plan.Items.Take(firstOther).ShouldAllBe(i => i.Critical);
        var others = plan.Items.Skip(firstOther).Select(i => i.Gain).ToList();
        others.ShouldBe(others.OrderByDescending(g => Math.Round(g, 9)).ToList());
        plan.Items.ShouldAllBe(i => i.ToMeet.Contains("Met when", StringComparison.Ordinal));
    }

    [Fact]
    public void The_action_plan_is_written_as_csv_and_as_a_workbook_with_the_same_rows()
    {
        var plan = ActionPlanner.Plan(Audit("andes-progreso-2023"));

        var csv = ActionPlanFiles.Csv(plan).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        csv[0].ShouldBe(string.Join(',', ActionPlanFiles.CsvColumns));
        csv.Length.ShouldBe(plan.Items.Length + 1);
        csv[1].ShouldStartWith($"1,{plan.Items[0].Indicator.Id},");
        var workbook = WorkbookFiller.Describe(ActionPlanFiles.Workbook(plan, "en"), rows: 3);
        workbook.ShouldContain("[Action plan]");
        workbook.ShouldContain($"3: 1 | {plan.Items[0].Indicator.Id} |");
    }

    [Fact]
    public void The_markdown_report_with_a_plan_lists_it_before_the_details()
    {
        var result = Audit("andes-progreso-2024");
        var options = new ReportOptions() { Extras = new ReportExtras(Plan: ActionPlanner.Plan(result)) };
        var md = ReportRenderer.Render(result, "audit.md.sbn", options).Text.ShouldNotBeNull();

        md.IndexOf("## Action plan", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        md.IndexOf("## Action plan", StringComparison.Ordinal).ShouldBeLessThan(md.IndexOf("## Results in detail", StringComparison.Ordinal));
        md.ShouldContain("| 1 | ");
    }

    [Fact]
    public void A_function_sees_only_the_rows_it_answers_for_and_the_plan_groups_the_rest_by_function()
    {
        var dir = Directory.CreateTempSubdirectory("spm-plan-").FullName;
        try
        {
            var pack = Path.Combine(dir, "pack.yaml");
            File.WriteAllText(pack, """
                institution: { id: mfi-f, name: "Functions MFI" }
                date: 2026-02-10
                evidence:
                  portfolio.par30: { value: 7.5%, function: finance }
                  mission.target_clients_named: { value: general, function: management }
                notes:
                  1.A.1.1: "The board revises the mission in June."
                """);
            var result = Auditor.Audit(Compiled, pack, [], dir).Result!;

            var finance = ActionPlanner.Plan(result, "Finance");
            var all = ResultDocument.Plan(ActionPlanner.Plan(result));

            // The one PAR30 answer feeds both indicators that judge it, since the dictionary asks it once.
            finance.Items.Select(i => i.Indicator.Id).ShouldBe(["4.A.2.1", "6.A.2.3"]);
            ActionPlanner.Plan(result).Items.Single(i => i.Indicator.Id == "1.A.1.1").Note.ShouldBe("The board revises the mission in June.");
            var groups = ((DocumentArray)all["byFunction"]!).Cast<DocumentObject>().Select(g => g["function"] as string).ToList();
            groups.ShouldBe(["finance", "management", null]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex("<g class=\"trend-overall\">.*?points=\"([^\"]*)\"", RegexOptions.Singleline)]
    private static partial Regex OverallLine();
}
