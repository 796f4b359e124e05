using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Rendering;

namespace SpmAudit.Reporting.Pdf;

/// <summary>
/// Prints a report whose table of contents carries page numbers. Chromium cannot number a table of
/// contents itself (no CSS target-counter), so the report is printed once, the page of each contents
/// target is read from the PDF's named destinations, and the report is rendered again with those
/// numbers. The contents reserve room for the numbers, so the second printing lays out like the
/// first; a third is made if a page still moved. Without destinations the first printing is kept.
/// </summary>
internal static class PrintedReport
{
    private const int MaxPrintings = 3;

    public static ReportOutput Print(string chromium, Func<IReadOnlyDictionary<string, int>?, RenderOutcome> render)
    {
        IReadOnlyDictionary<string, int>? pages = null;
        byte[]? printed = null;
        for (var printing = 0; printing < MaxPrintings; printing++)
        {
            var html = render(pages);
            if (html.Text is null)
            {
                return ReportOutput.Failed(html.Diagnostics);
            }

            try
            {
                var outcome = PdfPrinter.Print(html.Text, chromium);
                if (outcome.Bytes is null)
                {
                    return ReportOutput.Failed(outcome.Error!);
                }

                printed = outcome.Bytes;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                return ReportOutput.Failed($"cannot print the report with {chromium}: {e.Message}");
            }

            var found = PdfDestinations.Pages(printed);
            if (found.Count == 0 || (pages is not null && Same(pages, found)))
            {
                break;
            }

            pages = found;
        }

        return new ReportOutput(printed, []);
    }

    private static bool Same(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var page) && page == p.Value);
}
