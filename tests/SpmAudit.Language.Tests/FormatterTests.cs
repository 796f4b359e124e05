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
        var original = Parse(path, File.ReadAllText(path)).Comments.Length;

        var converted = Format(path, File.ReadAllText(path), Other(Formatter.FormatOf(path)));
        var other = Path.ChangeExtension(path, Formatter.FormatOf(path) == RulesetFormat.Dsl ? ".yaml" : ".spm");

        Parse(other, converted).Comments.Length.ShouldBeGreaterThanOrEqualTo(original);
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
            var converted = ConvertTree(RepositoryPaths.Rulesets, there, flip: true);
            Dump(Path.Combine(there, converted[root])).ShouldBe(original);

            var restored = ConvertTree(there, back, flip: true);
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

    /// <summary>Writes every file of <paramref name="from"/> into <paramref name="to"/> in the other format; returns old → new relative names.</summary>
    private static Dictionary<string, string> ConvertTree(string from, string to, bool flip)
    {
        File.WriteAllText(Path.Combine(to, ".spmroot"), "");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(from, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".spm" or ".yaml" && !f.Contains("examples", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            var format = Formatter.FormatOf(file);
            var target = flip ? Other(format) : format;
            var syntax = Parse(file, File.ReadAllText(file));
            syntax = syntax with { Imports = [.. syntax.Imports.Select(i => i with { Path = flip ? Rename(i.Path, Other(Formatter.FormatOf(i.Path))) : i.Path })] };
            var newRelative = Rename(relative, target);
            var destination = Path.Combine(to, newRelative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, Formatter.Write(syntax, target));
            names[relative] = newRelative;
        }

        return names;
    }

    private static string Rename(string path, RulesetFormat format) =>
        Path.ChangeExtension(path, format == RulesetFormat.Yaml ? ".yaml" : ".spm").Replace('\\', '/');

    private static RulesetFormat Other(RulesetFormat format) => format == RulesetFormat.Dsl ? RulesetFormat.Yaml : RulesetFormat.Dsl;

    private static RulesetFileSyntax Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var syntax = SourceLoader.Parse(path, text, diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return syntax;
    }

    private static string Format(string path, string text, RulesetFormat target)
    {
        var diagnostics = new DiagnosticBag();
        var formatted = Formatter.Format(path, text, target, diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return formatted!;
    }
}
