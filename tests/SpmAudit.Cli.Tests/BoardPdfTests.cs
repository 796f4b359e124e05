using System.Text.RegularExpressions;
using static SpmAudit.Cli.Tests.CliRunner;

namespace SpmAudit.Cli.Tests;

/// <summary>
/// The board report printed: at most six A4 pages, a cover, a table of contents whose page numbers
/// lead to the right pages, and page numbers on every page after the cover. Read back with pdftotext
/// and pdfinfo; each page is rendered to PNG with pdftoppm and kept under the test output's artifacts folder.
/// </summary>
public sealed partial class BoardPdfTests
{
    private const string UniversalStandards = "rulesets/universal-standards/universal-standards.spm";

    [PdfTheory]
    [InlineData("credito-rapido", "Crédito Rápido S.A. de C.V.,", "en", "Board report", "Contents", "Page {0} of {1}")]
    [InlineData("credito-rapido", "Crédito Rápido S.A. de C.V.,", "fr", "Rapport au conseil d'administration", "Sommaire", "Page {0} sur {1}")]
    [InlineData("harvest-coop", "Harvest Farmers SACCO", "es", "Informe para el directorio", "Índice", "Página {0} de {1}")]
    public void Board_pdf_has_a_cover_a_numbered_contents_and_page_numbers_on_at_most_six_a4_pages(string pack, string institution, string language, string kind, string contents, string pageOf)
    {
        PdfTools.RequirePdfToText();
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var pdf = Path.Combine(artifacts, $"{pack}-board-{language}.pdf");
        File.Delete(pdf);

        var run = Execute("audit", "--ruleset", UniversalStandards, "--evidence", $"rulesets/examples/{pack}.yaml", "--format", "pdf", "--report", "board", "--lang", language, "--out", pdf);

        run.ExitCode.ShouldBe(0, run.Stderr);
        var info = PdfTools.Run(PdfTools.PdfInfo!, pdf);
        var count = int.Parse(PagesLine().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        count.ShouldBeInRange(4, 6);
        A4Line().IsMatch(info).ShouldBeTrue(info);

        var pages = PdfTools.Run(PdfTools.PdfToText!, "-layout", "-enc", "UTF-8", pdf, "-").Split('\f')[..count];
        pages[0].ShouldContain(institution, customMessage: "the cover names the institution");
        pages[1].ShouldContain($" · {kind}", customMessage: "the running header names the report");
        pages[0].ShouldNotContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, pageOf, 1, count), customMessage: "the cover has no page number");
        for (var page = 2; page <= count; page++)
        {
            pages[page - 1].ShouldContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, pageOf, page, count));
        }

        // The contents are on page 2; each entry's number is the page its section starts on.
        var toc = pages[1][(pages[1].IndexOf(contents, StringComparison.Ordinal) + contents.Length)..];
        var entries = TocEntry().Matches(toc).Take(5).ToList();
        entries.Count.ShouldBeGreaterThanOrEqualTo(4, toc);
        foreach (var entry in entries)
        {
            var title = entry.Groups["title"].Value.Trim();
            var target = int.Parse(entry.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture);
            target.ShouldBeInRange(2, count);
            pages[target - 1].Split('\n').Select(l => l.Trim()).Where(l => l == title).ShouldNotBeEmpty($"section '{title}' is not on page {target}");
        }

        var prefix = Path.Combine(artifacts, $"{pack}-board-{language}");
        foreach (var old in Directory.GetFiles(artifacts, Path.GetFileName(prefix) + "-*.png"))
        {
            File.Delete(old);
        }

        PdfTools.Run(PdfTools.PdfToPpm!, "-r", "40", "-png", pdf, prefix);
        var images = Directory.GetFiles(artifacts, Path.GetFileName(prefix) + "-*.png");
        images.Length.ShouldBe(count);
        images.ShouldAllBe(i => new FileInfo(i).Length > 3_000);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+59[0-9.]+ x 84[0-9.]+ pts \(A4\)", RegexOptions.Multiline)]
    private static partial Regex A4Line();

    [GeneratedRegex(@"^\s*(?<title>\S[^\n]*?\S)\s{2,}(?<page>\d)\s*$", RegexOptions.Multiline)]
    private static partial Regex TocEntry();
}
