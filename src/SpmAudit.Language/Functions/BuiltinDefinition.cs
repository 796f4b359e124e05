using System.Collections.Immutable;

namespace SpmAudit.Language.Functions;

/// <summary>What every entry of the catalog has, function or operator: documentation with an example that runs as a test.</summary>
public abstract class BuiltinDefinition
{
    public abstract FunctionDocumentation Documentation { get; }

    protected static ImmutableArray<ExampleEvidence> Evidence(params (string Key, string Type, string Value)[] items) =>
        [.. items.Select(i => new ExampleEvidence(i.Key, i.Type, i.Value))];
}
