using System.Text;
using SpmAudit.Language.Functions;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests;

/// <summary>docs/language.md lists the functions and operators exactly as the catalog defines them.</summary>
public sealed class LanguageDocTests
{
    private const string Begin = "<!-- catalog:begin (generated from FunctionCatalog; rewrite with SPM_UPDATE_BASELINES=1 dotnet test) -->";
    private const string End = "<!-- catalog:end -->";

    [Fact]
    public void The_function_and_operator_tables_are_generated_from_the_catalog()
    {
        var path = RepositoryPaths.Combine("docs", "language.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        (start >= 0 && end > start).ShouldBeTrue("docs/language.md lost its catalog markers.");

        var generated = text[..(start + Begin.Length)] + "\n" + Tables() + text[end..];
        Baseline.Verify(path, generated);
    }

    [Fact]
    public void Every_function_and_operator_has_documentation_and_an_example()
    {
        foreach (var entry in FunctionCatalog.Functions.Cast<BuiltinDefinition>().Concat(FunctionCatalog.Operators))
        {
            entry.Documentation.Summary.ShouldNotBeNullOrWhiteSpace();
            entry.Documentation.Missing.ShouldNotBeNullOrWhiteSpace();
            entry.Documentation.Example.Expression.ShouldNotBeNullOrWhiteSpace();
            entry.Documentation.Example.Result.ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static string Tables()
    {
        var text = new StringBuilder();
        text.Append("\n| function | result | when values are missing | example | gives |\n|---|---|---|---|---|\n");
        foreach (var function in FunctionCatalog.Functions)
        {
            Row(text, function.Signature, function.Documentation);
        }

        text.Append("\n| operator | result | when values are missing | example | gives |\n|---|---|---|---|---|\n");
        foreach (var op in FunctionCatalog.Operators)
        {
            Row(text, op.Form, op.Documentation);
        }

        return text.Append('\n').ToString();
    }

    private static void Row(StringBuilder text, string form, FunctionDocumentation doc)
    {
        var evidence = string.Join("; ", doc.Example.Evidence.Select(e => $"{e.Key} = {e.Value}"));
        text.Append($"| `{Cell(form)}` | {Cell(doc.Summary)} | {Cell(doc.Missing)} | `{Cell(doc.Example.Expression)}` with {Cell(evidence)} | {Cell(doc.Example.Result)} |\n");
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
