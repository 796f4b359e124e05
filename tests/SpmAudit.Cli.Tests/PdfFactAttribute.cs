using SpmAudit.Reporting.Pdf;

namespace SpmAudit.Cli.Tests;

/// <summary>
/// Tests that print a PDF with Chromium and read it back with pdftotext (poppler-utils). Without
/// those tools they are skipped, with the reason, on a developer's machine; when the CI environment
/// variable is set they run and fail with a clear message, because CI installs both.
/// </summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute() => Skip = PdfTools.SkipReason;
}

/// <inheritdoc cref="PdfFactAttribute"/>
public sealed class PdfTheoryAttribute : TheoryAttribute
{
    public PdfTheoryAttribute() => Skip = PdfTools.SkipReason;
}

internal static class PdfTools
{
    public static string? Chromium { get; } = ChromiumLocator.Find();

    public static string? PdfToText { get; } = ExecutableSearch.OnPath("pdftotext");

    /// <summary>pdfinfo and pdftoppm come with pdftotext in poppler-utils.</summary>
    public static string? PdfInfo { get; } = ExecutableSearch.OnPath("pdfinfo");

    public static string? PdfToPpm { get; } = ExecutableSearch.OnPath("pdftoppm");

    private static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string? SkipReason => Missing() is { } missing && !InCi
        ? $"{missing} (In CI, where the CI variable is set, this test fails instead.)"
        : null;

    /// <summary>Fails the test, naming what is missing, when a tool is absent (only reached in CI).</summary>
    public static string RequirePdfToText()
    {
        if (Missing() is { } missing)
        {
            throw new Xunit.Sdk.XunitException($"PDF tests need Chromium and pdftotext and CI is set, so they fail rather than skip: {missing}");
        }

        return PdfToText!;
    }

    /// <summary>Runs a poppler tool and returns what it printed; a failing tool fails the test with its error.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, errors.Result);
        return text.Result;
    }

    private static string? Missing() =>
        Chromium is null ? $"Chromium is not installed: {ChromiumLocator.NotFoundMessage()}"
        : PdfToText is null || PdfInfo is null || PdfToPpm is null ? "pdftotext, pdfinfo or pdftoppm is not installed (Debian package poppler-utils)."
        : null;
}
