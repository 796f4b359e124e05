using System.IO.Compression;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Reporting.Questionnaire;

namespace SpmAudit.Reporting.Tests;

/// <summary>A damaged workbook is a diagnostic, never an exception: whatever the bytes, the import reports and goes on.</summary>
public sealed class WorkbookRobustnessTests
{
    private static readonly Language.Model.Ruleset Ruleset = QuestionnaireRoundTripTests.Compile(QuestionnaireRoundTripTests.UniversalStandards);

    private static readonly byte[] Filled = Fill();

    private static byte[] Fill()
    {
        using var filler = new WorkbookFiller(QuestionnaireWorkbook.Write(QuestionnairePlan.Build(Ruleset, "en")));
        return filler.FillFrom(QuestionnaireRoundTripTests.Pack("harvest-coop"), Ruleset).Save();
    }

    [Fact]
    public void Flipped_bytes_anywhere_in_a_filled_workbook_give_diagnostics_or_a_result_never_an_exception()
    {
        var random = new Random(20260312);
        for (var i = 0; i < 150; i++)
        {
            var bytes = (byte[])Filled.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }

            var diagnostics = new DiagnosticBag();
            var pack = EvidencePacks.Parse("q.xlsx", bytes, Ruleset, diagnostics);

            (pack is not null || diagnostics.HasErrors).ShouldBeTrue($"mutation {i}");
        }
    }

    [Fact]
    public void A_truncated_workbook_an_empty_file_and_a_zip_of_something_else_are_unreadable_workbooks()
    {
        using var other = new MemoryStream();
        using (var zip = new ZipArchive(other, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        foreach (var bytes in new[] { Filled[..(Filled.Length / 2)], [], other.ToArray() })
        {
            var diagnostics = new DiagnosticBag();
            EvidencePacks.Parse("q.xlsx", bytes, Ruleset, diagnostics).ShouldBeNull();
            diagnostics.ToSortedArray().ShouldContain(d => d.Code == "SPM4020");
        }
    }

    [Fact]
    public void A_sheet_whose_xml_is_not_a_worksheet_is_reported_not_thrown()
    {
        using var stream = new MemoryStream();
        stream.Write(Filled);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("<html><body>hello</body></html>");
        }

        var diagnostics = new DiagnosticBag();
        EvidencePacks.Parse("q.xlsx", stream.ToArray(), Ruleset, diagnostics).ShouldBeNull();
        diagnostics.HasErrors.ShouldBeTrue();
    }
}
