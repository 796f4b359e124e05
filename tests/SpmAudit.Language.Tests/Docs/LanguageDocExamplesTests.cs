using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Printing;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests.Docs;

/// <summary>
/// Every spm and yaml example of docs/language.md runs: each compiles (or gives exactly the
/// diagnostic it says it shows), and each DSL example is followed by its YAML form, which must
/// give the same syntax and the same model.
/// </summary>
public sealed class LanguageDocExamplesTests
{
    private static readonly IReadOnlyList<DocExample> Examples =
        DocExample.All(File.ReadAllText(RepositoryPaths.Combine("docs", "language.md")));

    public static TheoryData<int> Lines() => [.. Examples.Select(e => e.Line)];

    public static TheoryData<int> YamlLines() => [.. Examples.Where(e => e.IsYaml).Select(e => e.Line)];

    public static TheoryData<int> Pairs() => [.. PairsOf(Examples).Select(p => p.Dsl.Line)];

    [Fact]
    public void The_page_has_examples_of_every_kind()
    {
        Examples.Count.ShouldBeGreaterThan(20);
        Examples.ShouldContain(e => e.Mode == ExampleMode.Complete && e.Error == null);
        Examples.ShouldContain(e => e.Mode == ExampleMode.Fragment);
        Examples.ShouldContain(e => e.Error != null);
    }

    /// <summary>Side by side: a DSL example is always followed by its YAML, and a YAML one preceded by its DSL.</summary>
    [Fact]
    public void Every_example_that_is_not_an_error_comes_in_both_formats()
    {
        var paired = PairsOf(Examples).SelectMany(p => new[] { p.Dsl, p.Yaml }).ToHashSet();
        Examples.Where(e => e.Error == null && !paired.Contains(e)).ShouldBeEmpty("an spm block needs a yaml block right after it, of the same mode");
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_example_compiles_or_gives_its_diagnostic(int line)
    {
        var example = Examples.Single(e => e.Line == line);
        var diagnostics = Diagnose(example);
        var relevant = example.Mode == ExampleMode.Fragment
            ? diagnostics.Where(d => d.IsError || !ExampleHarness.AllowedWarnings.Contains(d.Code)).ToList()
            : diagnostics;
        if (example.Error is { } code)
        {
            relevant.ShouldNotBeEmpty($"{example} says it gives {code}");
            relevant.Select(d => d.Code).Distinct().ShouldBe([code], $"{example}: {Describe(diagnostics)}");
            return;
        }

        relevant.ShouldBeEmpty($"{example}: {Describe(diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_dsl_and_yaml_forms_are_the_same(int line)
    {
        var (dsl, yaml) = PairsOf(Examples).Single(p => p.Dsl.Line == line);

        Canonical(yaml).ShouldBe(Canonical(dsl), $"{yaml} is not the YAML form of {dsl}");
        if (dsl.Mode != ExampleMode.Syntax)
        {
            Model(yaml).ShouldBe(Model(dsl), $"{yaml} does not compile to the model of {dsl}");
        }
    }

    /// <summary>What an editor checks with schemas/ruleset.schema.json agrees with the page: its YAML is accepted, its mistakes are not.</summary>
    [Theory]
    [MemberData(nameof(YamlLines))]
    public void The_yaml_example_agrees_with_the_schema(int line)
    {
        var example = Examples.Single(e => e.Line == line);
        var problems = SchemaTests.Validate(SchemaTests.RulesetSchema, Text(example));
        if (example.Error != null)
        {
            problems.ShouldNotBeEmpty($"{example} shows a mistake the schema lets through");
        }
        else
        {
            problems.ShouldBeEmpty($"{example} is refused by schemas/ruleset.schema.json");
        }
    }

    private static IEnumerable<(DocExample Dsl, DocExample Yaml)> PairsOf(IReadOnlyList<DocExample> examples) =>
        examples.Zip(examples.Skip(1))
            .Where(p => !p.First.IsYaml && p.Second.IsYaml && p.First.Error == null && p.Second.Error == null && p.First.Mode == p.Second.Mode);

    private static string Text(DocExample example) =>
        example.Mode == ExampleMode.Fragment ? ExampleHarness.Complete(example) : example.Text;

    /// <summary>The DSL the formatter prints for the example, comments left out (the two formats place them differently).</summary>
    private static string Canonical(DocExample example)
    {
        var diagnostics = new DiagnosticBag();
        var syntax = Formatter.Parse("example" + example.Extension, Text(example), diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty($"{example} does not parse");
        return Formatter.Write(syntax with { Comments = [] }, RulesetFormat.Dsl);
    }

    private static string Model(DocExample example) => Compiled(example, r => RulesetDump.Dump(r.Ruleset!));

    private static IReadOnlyList<Diagnostic> Diagnose(DocExample example)
    {
        if (example.Mode == ExampleMode.Syntax)
        {
            var diagnostics = new DiagnosticBag();
            Formatter.Parse("example" + example.Extension, example.Text, diagnostics);
            return diagnostics.ToSortedArray();
        }

        return Compiled(example, r => r.Diagnostics);
    }

    /// <summary>Compiles the example from a folder of its own, so that nothing beside it can be imported.</summary>
    private static T Compiled<T>(DocExample example, Func<CompilationResult, T> read)
    {
        var folder = Directory.CreateTempSubdirectory("spm-doc-example-").FullName;
        try
        {
            var path = Path.Combine(folder, "example" + example.Extension);
            File.WriteAllText(path, Text(example));
            return read(RulesetCompiler.Compile(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Select(d => $"{d.Code} at {d.Span.Line}: {d.Message}"));
}
