using SpmAudit.Reporting.Pdf;

namespace SpmAudit.Cli.Output;

/// <summary>Prints the HTML report to a PDF file with the local Chromium; a missing browser is a plain message, not a crash.</summary>
internal static class PdfReportWriter
{
    public static int Write(string html, string path)
    {
        if (ChromiumLocator.Find() is not { } chromium)
        {
            Console.Error.WriteLine($"spm-audit: --format pdf needs Chromium to print the report: {ChromiumLocator.NotFoundMessage()} '--format html' writes the same report without it.");
            return ExitCodes.InputErrors;
        }

        try
        {
            var printed = PdfPrinter.Print(html, path, chromium);
            if (!printed.Success)
            {
                Console.Error.WriteLine($"spm-audit: cannot print '{path}': {printed.Error}");
                return ExitCodes.InputErrors;
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"spm-audit: cannot print '{path}': {e.Message}");
            return ExitCodes.InputErrors;
        }
    }
}
