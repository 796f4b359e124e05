using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// Cases/Hostile puts an &lt;x-injected&gt; tag in every text a ruleset or an evidence pack can carry
/// (titles, version, follows, grade names, institution, assessor, period, values, sources, comments).
/// No report may let one through as markup.
/// </summary>
public sealed class HostileTextTests
{
    private static string Folder => RepositoryPaths.Combine("tests", "SpmAudit.Reporting.Tests", "Cases", "Hostile");

    [Theory]
    [InlineData("audit.html.sbn", "en")]
    [InlineData("audit.html.sbn", "fr")]
    [InlineData("audit.md.sbn", "en")]
    [InlineData("audit.md.sbn", "es")]
    [InlineData("board.html.sbn", "en")]
    [InlineData("board.html.sbn", "es")]
    [InlineData("board.md.sbn", "fr")]
    public void Markup_from_rulesets_and_evidence_is_printed_as_text(string template, string language)
    {
        var outcome = Auditor.Audit(Path.Combine(Folder, "ruleset.spm"), Path.Combine(Folder, "evidence.yaml"), Folder);
        outcome.Diagnostics.ShouldBeEmpty();

        var text = ReportRenderer.Render(outcome.Result!, template, new ReportOptions(Language: language)).Text!;

        text.ShouldNotContain("<x-injected");
        text.ShouldNotContain("</x-injected");
        if (template.Contains("html", StringComparison.Ordinal))
        {
            // In HTML an attribute could also escape through a quote; in Markdown the tag is already inert text.
            text.ShouldNotContain("onclick=\"");
        }

        text.ShouldContain("&lt;x-injected&gt;B", customMessage: "the grade, capped by the critical indicator, is shown escaped");
        if (template.StartsWith("audit", StringComparison.Ordinal))
        {
            // The board report shows no evidence values; the full report does.
            text.ShouldContain("&lt;x-injected&gt;value&lt;/x-injected&gt;");
        }
    }
}
