namespace SpmAudit.Reporting.Pdf;

/// <summary>Prints an HTML report to PDF with a local headless Chromium (the report's own @page rules set A4 and margins).</summary>
public static class PdfPrinter
{
    /// <summary>The PDF's bytes, or why there are none.</summary>
    public sealed record Outcome(byte[]? Bytes, string? Error);

    public static Outcome Print(string html, string chromium, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var work = Directory.CreateTempSubdirectory("spm-pdf-");
        try
        {
            var page = System.IO.Path.Combine(work.FullName, "report.html");
            var printed = System.IO.Path.Combine(work.FullName, "report.pdf");
            File.WriteAllText(page, html);
            var run = HeadlessChromium.Execute(chromium, page, [$"--print-to-pdf={printed}"], timeout);
            if (run.TimedOut)
            {
                return new Outcome(null, $"Chromium did not finish printing within {(timeout ?? HeadlessChromium.DefaultTimeout).TotalSeconds:0} seconds.");
            }

            if (!File.Exists(printed) || !StartsWithPdfHeader(printed))
            {
                return new Outcome(null, $"Chromium ({chromium}) exited with code {run.ExitCode} without printing a PDF.{LastLines(run.Stderr)}");
            }

            // Printed into a private folder first; the caller writes the bytes where they belong.
            return new Outcome(File.ReadAllBytes(printed), null);
        }
        finally
        {
            HeadlessChromium.TryDelete(work.FullName);
        }
    }

    private static bool StartsWithPdfHeader(string file)
    {
        Span<byte> header = stackalloc byte[5];
        using var stream = File.OpenRead(file);
        return stream.Read(header) == 5 && header.SequenceEqual("%PDF-"u8);
    }

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : "\n" + string.Join("\n", lines.TakeLast(5));
    }
}
