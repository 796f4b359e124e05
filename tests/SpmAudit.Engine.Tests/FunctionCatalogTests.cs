using SpmAudit.Language.Functions;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>Every example of the catalog (docs/language.md shows them) runs through the real pipeline and gives what it says.</summary>
public sealed class FunctionCatalogTests
{
    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var name in FunctionCatalog.Functions.Select(f => f.Name).Concat(FunctionCatalog.Operators.Select(o => o.Form)))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void The_documented_example_gives_the_documented_value(string name)
    {
        var entry = (BuiltinDefinition?)FunctionCatalog.Functions.FirstOrDefault(f => f.Name == name) ?? FunctionCatalog.Operators.First(o => o.Form == name);
        var example = entry.Documentation.Example;

        var value = CatalogExample.Evaluate(example.Expression, example.Evidence.Select(e => (e.Key, e.Type, e.Value)));

        value.ShouldBe(example.Result, $"{name}: {example.Expression}");
    }
}
