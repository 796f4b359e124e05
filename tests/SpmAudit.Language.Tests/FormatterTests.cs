using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Printing;
using SpmAudit.Language.Syntax;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests;

public sealed class FormatterTests
{
    public static TheoryData<string> Files() => ShippedRulesets.Relative(ShippedRulesets.AllFiles());

    public static TheoryData<string> Roots() => ShippedRulesets.Relative(ShippedRulesets.Roots());

    [Fact]
    public void Every_shipped_ruleset_is_found() => ShippedRulesets.Roots().Count().ShouldBeGreaterThanOrEqualTo(4);

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_files_are_in_canonical_form(string file)
    {
        var path = Path.Combine(RepositoryPaths.Rulesets, file);
        var text = File.ReadAllText(path);

        Format(path, text, Formatter.FormatOf(path)).ShouldBe(text, $"run: spm-audit fmt rulesets/{file}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_keeps_every_comment(string file)
    {
        var path = Path.Combine(RepositoryPaths.Rulesets, file);
        var original = RulesetTreeConverter.Parse(path, File.ReadAllText(path)).Comments.Length;

        var converted = Format(path, File.ReadAllText(path), RulesetTreeConverter.Other(Formatter.FormatOf(path)));
        var other = Path.ChangeExtension(path, Formatter.FormatOf(path) == RulesetFormat.Dsl ? ".yaml" : ".spm");

        RulesetTreeConverter.Parse(other, converted).Comments.Length.ShouldBeGreaterThanOrEqualTo(original);
    }

    /// <summary>
    /// Converts the whole rulesets/ tree to the other format (imports renamed accordingly) and back,
    /// and requires each root to compile to the same model at every step.
    /// </summary>
    [Theory]
    [MemberData(nameof(Roots))]
    public void Conversion_to_the_other_format_and_back_gives_the_same_model(string root)
    {
        var original = Dump(Path.Combine(RepositoryPaths.Rulesets, root));
        var there = Directory.CreateTempSubdirectory("spm-convert-").FullName;
        var back = Directory.CreateTempSubdirectory("spm-convert-back-").FullName;
        try
        {
            var converted = RulesetTreeConverter.Convert(RepositoryPaths.Rulesets, there);
            Dump(Path.Combine(there, converted[root])).ShouldBe(original);

            var restored = RulesetTreeConverter.Convert(there, back);
            Dump(Path.Combine(back, restored[converted[root]])).ShouldBe(original);
        }
        finally
        {
            Directory.Delete(there, recursive: true);
            Directory.Delete(back, recursive: true);
        }
    }

    private static string Dump(string path)
    {
        var result = RulesetCompiler.Compile(path);
        result.Diagnostics.ShouldBeEmpty();
        return RulesetDump.Dump(result.Ruleset!);
    }

    private static string Format(string path, string text, RulesetFormat target)
    {
        var diagnostics = new DiagnosticBag();
        var formatted = Formatter.Format(path, text, target, diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return formatted!;
    }
}
