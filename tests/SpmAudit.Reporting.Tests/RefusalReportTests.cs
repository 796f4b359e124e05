using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>A refused certification names, in the report a board reads, the indicators behind the refusal.</summary>
public sealed class RefusalReportTests
{
    [Theory]
    [InlineData("audit.md.sbn")]
    [InlineData("audit.html.sbn")]
    public void A_refusal_lists_the_indicators_behind_it(string template)
    {
        var outcome = Auditor.Audit(
            Path.Combine(RepositoryPaths.Rulesets, "client-protection", "client-protection.yaml"),
            Path.Combine(RepositoryPaths.Rulesets, "examples", "credito-rapido.yaml"),
            RepositoryPaths.Root);
        var refused = outcome.Result!.Certifications.First(c => !c.Passed && !c.FailingIndicators.IsEmpty);

        var text = ReportRenderer.Render(outcome.Result!, template).Text!;

        text.ShouldContain($"Indicators behind the refusal of {refused.Certification.Title}");
        foreach (var indicator in refused.FailingIndicators)
        {
            var title = template.Contains("html", StringComparison.Ordinal) ? System.Net.WebUtility.HtmlEncode(indicator.Node.Title) : indicator.Node.Title;
            text.ShouldContain($"{indicator.Node.Id} {title}");
        }
    }
}
