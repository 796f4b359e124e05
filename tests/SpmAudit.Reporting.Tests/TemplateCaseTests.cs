using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// Custom template directories under Cases/Templates: each overrides audit.md.sbn; expected.txt holds
/// the rendered text or the diagnostics, with the template's folder shown relative to the case.
/// </summary>
public sealed class TemplateCaseTests
{
    private static string Root => RepositoryPaths.Combine("tests", "SpmAudit.Reporting.Tests", "Cases", "Templates");

    public static TheoryData<string> Cases() => GoldenCases.In(Root);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_directory_renders_or_reports_located_diagnostics(string name)
    {
        var dir = Path.Combine(Root, name);

        var outcome = ReportRenderer.Render(SampleAudit.Run(), "audit.md.sbn", dir);

        var actual = outcome.Text ?? string.Concat(outcome.Diagnostics.Select(d => d + "\n"));
        Baseline.Verify(Path.Combine(dir, "expected.txt"), actual.Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_template_name_reports_SPM5003()
    {
        var outcome = ReportRenderer.Render(SampleAudit.Run(), "nothing.sbn");

        outcome.Text.ShouldBeNull();
        outcome.Diagnostics.Single().Code.ShouldBe("SPM5003");
    }

    [Fact]
    public void Template_names_with_paths_are_refused_so_templates_cannot_read_other_files()
    {
        var outcome = ReportRenderer.Render(SampleAudit.Run(), "../../../../etc/passwd");

        outcome.Diagnostics.Single().Code.ShouldBe("SPM5003");
    }

    [Fact]
    public void A_runaway_loop_stops_with_a_diagnostic()
    {
        var dir = Directory.CreateTempSubdirectory("spm-template-").FullName;
        File.WriteAllText(Path.Combine(dir, "audit.md.sbn"), "{{ while true }}x{{ end }}");

        var outcome = ReportRenderer.Render(SampleAudit.Run(), "audit.md.sbn", dir);

        outcome.Text.ShouldBeNull();
        outcome.Diagnostics.Single().Code.ShouldBe("SPM5002");
        Directory.Delete(dir, recursive: true);
    }
}
