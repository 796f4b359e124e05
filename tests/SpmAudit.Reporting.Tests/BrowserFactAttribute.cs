using SpmAudit.Reporting.Pdf;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// Tests that need a real Chromium. Without one they are skipped, with the reason, on a developer's
/// machine; when the CI environment variable is set they run and fail with a clear message instead,
/// because CI installs Chromium and a silent skip there would hide a broken setup.
/// (xunit 2 has no dynamic skip, so the decision is made when the attribute is constructed.)
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Browser.SkipReason;
}

/// <inheritdoc cref="BrowserFactAttribute"/>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Browser.SkipReason;
}

internal static class Browser
{
    private static readonly string? Found = ChromiumLocator.Find();

    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string? SkipReason => Found is null && !InCi
        ? $"Chromium is not installed: {ChromiumLocator.NotFoundMessage()} (In CI, where the CI variable is set, this test fails instead.)"
        : null;

    /// <summary>The Chromium to run, or a failure that says what is missing.</summary>
    public static string Chromium => Found ?? throw new Xunit.Sdk.XunitException(
        $"Browser tests need Chromium and CI is set, so they fail rather than skip: {ChromiumLocator.NotFoundMessage()}");
}
