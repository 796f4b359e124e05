using System.Diagnostics;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Questionnaire;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// The questionnaire as LibreOffice sees it: it opens and converts without error (to PDF, which
/// lays out every printed page, and back to .xlsx), and the copy LibreOffice saved imports with the
/// same result as the pack it was filled from. A handful of conversions, a few seconds each.
/// </summary>
public sealed class LibreOfficeTests
{
    [LibreOfficeFact]
    public void The_filled_questionnaire_converts_to_pdf_and_the_libreoffice_copy_imports_the_same()
    {
        var ruleset = QuestionnaireRoundTripTests.Compile(QuestionnaireRoundTripTests.UniversalStandards);
        using var filler = new WorkbookFiller(QuestionnaireWorkbook.Write(QuestionnairePlan.Build(ruleset, "en")));
        var workbook = filler.FillFrom(QuestionnaireRoundTripTests.Pack("sahel-solidarity-finance"), ruleset).Save();
        var dir = Directory.CreateTempSubdirectory("spm-lo-").FullName;
        try
        {
            var input = Path.Combine(dir, "q.xlsx");
            File.WriteAllBytes(input, workbook);

            var pdf = LibreOffice.Convert(input, "pdf", Path.Combine(dir, "pdf"));
            var saved = LibreOffice.Convert(input, "xlsx", Path.Combine(dir, "saved"));

            File.ReadAllBytes(pdf).AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
            new FileInfo(pdf).Length.ShouldBeGreaterThan(20_000);
            var fromLibreOffice = QuestionnaireRoundTripTests.Import(ruleset, File.ReadAllBytes(saved));
            fromLibreOffice.Diagnostics.ShouldBeEmpty();
            var fromYaml = Engine.Auditing.Auditor.Audit(Engine.Evaluation.CompiledRuleset.Create(ruleset), QuestionnaireRoundTripTests.Pack("sahel-solidarity-finance"), [], RepositoryPaths.Root);
            QuestionnaireRoundTripTests.SameDocument(
                QuestionnaireRoundTripTests.Comparable(AuditJsonWriter.Write(fromLibreOffice.Result!)),
                QuestionnaireRoundTripTests.Comparable(AuditJsonWriter.Write(fromYaml.Result!)),
                "libreoffice");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [LibreOfficeFact]
    public void The_empty_questionnaire_of_a_profile_in_spanish_converts_to_pdf()
    {
        var ruleset = QuestionnaireRoundTripTests.Compile(RepositoryPaths.Combine("rulesets", "profiles", "investor-due-diligence.yaml"));
        var dir = Directory.CreateTempSubdirectory("spm-lo-").FullName;
        try
        {
            var input = Path.Combine(dir, "cuestionario.xlsx");
            File.WriteAllBytes(input, QuestionnaireWorkbook.Write(QuestionnairePlan.Build(ruleset, "es")));

            var pdf = LibreOffice.Convert(input, "pdf", Path.Combine(dir, "pdf"));

            new FileInfo(pdf).Length.ShouldBeGreaterThan(20_000);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>
/// Tests that need LibreOffice (soffice). Without it they are skipped, with the reason, on a
/// developer's machine; with the CI variable set they run and fail instead, because CI installs it.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute() => Skip = LibreOffice.SkipReason;
}

internal static class LibreOffice
{
    private static readonly string? Found = new[] { "soffice", "libreoffice" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    public static string? SkipReason => Found is null && !Browser.InCi
        ? "LibreOffice is not installed (soffice is not on PATH; 'apt-get install libreoffice-calc-nogui' installs it). In CI, where the CI variable is set, this test fails instead."
        : null;

    /// <summary>Converts a file headless into a folder and returns the converted file; a failed conversion fails the test.</summary>
    public static string Convert(string input, string format, string outputFolder)
    {
        var soffice = Found ?? throw new Xunit.Sdk.XunitException("LibreOffice tests need soffice and CI is set, so they fail rather than skip.");
        var profile = Directory.CreateTempSubdirectory("spm-lo-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", format, "--outdir", outputFolder, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"LibreOffice did not convert {input} to {format} within 3 minutes.");
            }

            var output = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(input) + "." + format);
            process.ExitCode.ShouldBe(0, $"soffice: {stdout.Result} {stderr.Result}");
            File.Exists(output).ShouldBeTrue($"soffice wrote no {format}: {stdout.Result} {stderr.Result}");
            return output;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
