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

    [Fact]
    public void Warnings_use_the_5xx_half_of_each_range()
    {
        foreach (var diagnostic in AllDiagnostics())
        {
            // SPM38xx (ruleset functions) sits in the upper half of the 3xxx range by assignment; inside it the tens split errors from warnings.
            var isWarningRange = diagnostic.Code.StartsWith("SPM38", StringComparison.Ordinal) ? diagnostic.Code[5] >= '5' : diagnostic.Code[4] >= '5';
            isWarningRange.ShouldBe(!diagnostic.IsError, $"{diagnostic.Code} severity does not match its range");
        }
    }

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
