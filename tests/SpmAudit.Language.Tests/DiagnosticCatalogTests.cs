using System.Reflection;
using System.Text.RegularExpressions;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests;

public sealed partial class DiagnosticCatalogTests
{
    /// <summary>Every code, found by calling each factory method of the catalog with placeholder arguments.</summary>
    internal static IReadOnlyList<Diagnostic> AllDiagnostics() =>
        [.. typeof(DiagnosticCatalog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Diagnostic))
            .Select(m => (Diagnostic)m.Invoke(null, [.. m.GetParameters().Select(Placeholder)])!)];

    [Fact]
    public void Every_factory_method_has_its_own_code()
    {
        var codes = AllDiagnostics().Select(d => d.Code).ToList();
        codes.Count.ShouldBeGreaterThan(40);
        codes.Distinct().Count().ShouldBe(codes.Count);
        codes.ShouldAllBe(c => CodePattern().IsMatch(c));
    }

    /// <summary>
    /// SPMx000–x699: the hundreds digit tells (5 and 6 are warnings). SPMx700–x999 are blocks of a hundred
    /// given to one feature each (tables and data files: SPM37xx, SPM47xx, SPM48xx); there the tens digit tells.
    /// </summary>
    [Fact]
    public void Warnings_use_the_5xx_half_of_each_range()
    {
        foreach (var diagnostic in AllDiagnostics())
        {
            var isWarningRange = IsWarningCode(diagnostic.Code);
            isWarningRange.ShouldBe(!diagnostic.IsError, $"{diagnostic.Code} severity does not match its range");
        }
    }

    /// <summary>
    /// Within each thousand, x0xx–x4xx are errors and x5xx warnings. The later families x6xx–x9xx
    /// (function runtime, data files, scorecards, cascades), and every block of the SPM7xxx thousand
    /// (one command for ruleset bodies each: test, diff…), split by the tens digit the same way:
    /// xy00–xy49 errors, xy50–xy99 warnings.
    /// </summary>
    internal static bool IsWarningCode(string code) =>
        code[3] == '7' || code[4] is >= '6' ? code[5] >= '5' : code[4] == '5';

    [Fact]
    public void Docs_list_exactly_the_codes_of_the_catalog()
    {
        var documented = HeadingPattern().Matches(File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics.md")))
            .Select(m => m.Groups[1].Value)
            .Order(StringComparer.Ordinal);
        documented.ShouldBe(AllDiagnostics().Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    /// <summary>docs/diagnostics.md is generated from the catalog and the golden cases; rewrite it with SPM_UPDATE_BASELINES=1.</summary>
    [Fact]
    public void Docs_show_each_code_with_the_output_of_its_golden_case()
    {
        Baseline.Verify(RepositoryPaths.Combine("docs", "diagnostics.md"), DiagnosticsDoc.Generate(NamedDiagnostics()));
    }

    private static IReadOnlyList<(string Name, Diagnostic Diagnostic)> NamedDiagnostics() =>
        [.. typeof(DiagnosticCatalog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Diagnostic))
            .Select(m => (m.Name, (Diagnostic)m.Invoke(null, [.. m.GetParameters().Select(Placeholder)])!))];

    [Fact]
    public void Every_code_is_produced_by_at_least_one_golden_case()
    {
        var expectedFiles = Directory.EnumerateFiles(RepositoryPaths.Combine("tests"), "expected*.txt", SearchOption.AllDirectories);
        var seen = expectedFiles.SelectMany(f => CodePattern().Matches(File.ReadAllText(f)).Select(m => m.Value)).ToHashSet();
        var missing = AllDiagnostics().Select(d => d.Code).Where(c => !seen.Contains(c)).ToList();
        missing.ShouldBeEmpty();
    }

    private static object? Placeholder(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(SourceSpan) => new SourceSpan("x.spm", 1, 1),
        var t when t == typeof(int) => 1,
        var t when t == typeof(bool) => true,
        _ => "x",
    };

    [GeneratedRegex(@"SPM\d{4}")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^### (SPM\d{4})", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();
}
