using System.Text;
using System.Text.RegularExpressions;
using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;
using SpmAudit.Tests.Data;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// Reports summarise table evidence (figures, row counts, fingerprints) and never list its rows, so
/// a report over a hundred times the records is as long as the small one: only figures, counts and
/// fingerprints change, each a few characters. Normal runs compare 1,000 with 100,000 loans;
/// SPM_LONG_TESTS=1 compares 1,000 with 1,000,000.
/// </summary>
public sealed partial class DataSizeReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spm-size-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Formats() => ["md", "html", "json"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_report_over_many_more_records_is_the_same_size(string format)
    {
        var large = Environment.GetEnvironmentVariable("SPM_LONG_TESTS") == "1" ? 1_000_000 : 100_000;

        var small = Report(1_000, format);
        var big = Report(large, format);

        big.ShouldNotContain("L0000000999", customMessage: "a loan's own row reached the report");
        Shape(big).ShouldBe(Shape(small), customMessage: "only figures, counts and fingerprints may differ");
        // Each count grows by a few digits (1,000 rows, then 100,000 rows): a few characters per figure shown, never per row.
        Math.Abs(big.Length - small.Length).ShouldBeLessThan(small.Length / 50, customMessage: $"{format}: {small.Length:N0} characters over 1,000 loans, {big.Length:N0} over {large:N0}");
    }

    private string Report(int loans, string format)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, loans.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
        // Every 1,000 loans repeat the first 1,000 under new ids: the same figures, so the same verdicts.
        SyntheticLoans.Write(folder, loans, "parquet", repeatEvery: 1_000);
        var outcome = Auditor.Audit(RepositoryPaths.Combine("rulesets", "data-outreach", "data-outreach.spm"), Path.Combine(folder, "pack.yaml"), folder);
        outcome.Result.ShouldNotBeNull(string.Join("\n", outcome.Diagnostics));
        var output = ReportFormats.Find(format)!.Render(outcome.Result, new ReportOptions());
        output.Success.ShouldBeTrue(string.Join("\n", output.Diagnostics));
        return Encoding.UTF8.GetString(output.Bytes!);
    }

    /// <summary>The report with every fingerprint and every run of digits (with its separators) reduced to one mark.</summary>
    private static string Shape(string report) => Digits().Replace(Fingerprint().Replace(report, "#"), "#");

    [GeneratedRegex("[0-9a-f]{12,64}")]
    private static partial Regex Fingerprint();

    [GeneratedRegex("[0-9]+(?:[.,][0-9]+)*")]
    private static partial Regex Digits();
}
