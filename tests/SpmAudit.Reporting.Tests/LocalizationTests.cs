using System.Text.Json;
using SpmAudit.Reporting.Localization;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>Report labels in English, French and Spanish; the English Markdown stays as it always was (see ReportGoldenTests).</summary>
public sealed class LocalizationTests
{
    public static TheoryData<string> Languages() => [.. ReportLabels.Languages];

    [Fact]
    public void Sample_report_in_french_matches_the_golden_markdown()
    {
        var outcome = ReportRenderer.Render(SampleAudit.Run(), "audit.md.sbn", new ReportOptions(Language: "fr"));

        outcome.Diagnostics.ShouldBeEmpty();
        Baseline.Verify(Path.Combine(SampleAudit.Folder, "expected.fr.md"), outcome.Text!);
    }

    [Fact]
    public void Every_language_has_exactly_the_english_labels()
    {
        var english = Keys(Table("en"));

        foreach (var language in ReportLabels.Languages)
        {
            Keys(Table(language)).ShouldBe(english, $"labels-{language}.json");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Status_names_are_translated_and_criterion_text_is_not(string language)
    {
        var html = ReportRenderer.Render(SampleAudit.Run(), "audit.html.sbn", new ReportOptions(Language: language)).Text!;
        var statuses = Table(language).RootElement.GetProperty("status_names");

        html.ShouldContain($"""<html lang="{language}">""");
        html.ShouldContain($"</span> {statuses.GetProperty("not_met").GetString()}</span>");
        html.ShouldContain("Repayment capacity is analysed");
        html.ShouldContain("Goals | targets");
    }

    [Fact]
    public void Spanish_markdown_uses_spanish_labels_and_yes_no()
    {
        var text = ReportRenderer.Render(SampleAudit.Run(), "audit.md.sbn", new ReportOptions(Language: "es")).Text!;

        text.ShouldStartWith("# Auditoría de desempeño social: Sample &lt;Microfinance&gt; & Co\n\n*Informe técnico completo*");
        text.ShouldContain("| Calificación | **B** |");
        text.ShouldContain("**4.A.1 Repayment capacity is analysed** (crítico) — no cumplido (puntos: 0)");
        text.ShouldContain("- Motivo: No cumplido: capacity analysis: no (se exige: sí).");
        text.ShouldContain("- Evidencias: `credit.capacity_analysis` no (interview: Credit manager)");
    }

    [Fact]
    public void An_unknown_language_is_refused()
    {
        Should.Throw<ArgumentException>(() => ReportRenderer.Render(SampleAudit.Run(), "audit.md.sbn", new ReportOptions(Language: "de")));
    }

    private static JsonDocument Table(string language)
    {
        var path = RepositoryPaths.Combine("src", "SpmAudit.Reporting", "Localization", $"labels-{language}.json");
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private static List<string> Keys(JsonDocument document)
    {
        var keys = new List<string>();
        Collect(document.RootElement, "", keys);
        return keys;
    }

    private static void Collect(JsonElement element, string prefix, List<string> keys)
    {
        foreach (var property in element.EnumerateObject())
        {
            keys.Add(prefix + property.Name);
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Collect(property.Value, prefix + property.Name + ".", keys);
            }
        }
    }
}
