using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

public sealed class ReportGoldenTests
{
    [Fact]
    public void Sample_result_matches_the_golden_json()
    {
        Baseline.Verify(Path.Combine(SampleAudit.Folder, "expected.json"), AuditJsonWriter.Write(SampleAudit.Run()));
    }

    [Fact]
    public void Sample_report_matches_the_golden_markdown()
    {
        var outcome = ReportRenderer.Render(SampleAudit.Run(), "audit.md.sbn");

        outcome.Diagnostics.ShouldBeEmpty();
        Baseline.Verify(Path.Combine(SampleAudit.Folder, "expected.md"), outcome.Text!);
    }

    [Fact]
    public void Same_inputs_give_byte_identical_json()
    {
        AuditJsonWriter.Write(SampleAudit.Run()).ShouldBe(AuditJsonWriter.Write(SampleAudit.Run()));
    }

    [Fact]
    public void Markdown_escapes_text_from_evidence_and_rulesets()
    {
        var text = ReportRenderer.Render(SampleAudit.Run(), "audit.md.sbn").Text!;

        text.ShouldNotContain("<script>");
        text.ShouldNotContain("<img");
        text.ShouldContain("Goals \\| targets");
        text.ShouldContain("Sample &lt;Microfinance&gt; & Co");
    }
}
