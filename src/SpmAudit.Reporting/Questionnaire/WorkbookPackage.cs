using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpmAudit.Engine.Reading;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>Sheets built by <see cref="SheetWriter"/> as one .xlsx file: the shared styles, and each sheet's title and header rows repeated on every printed page.</summary>
internal static class WorkbookPackage
{
    public static byte[] Write(IReadOnlyList<(SheetWriter Sheet, int Columns)> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var sheetList = new Sheets();
            var printTitles = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var (sheet, columns) = sheets[i];
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.Build(QuestionnaireLayout.HeaderRow, columns);
                sheetList.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbook.GetIdOfPart(part) });
                printTitles.Append(new DefinedName($"'{sheet.Name}'!$1:${QuestionnaireLayout.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }

            workbook.Workbook.Append(new BookViews(new WorkbookView()), sheetList, printTitles);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
