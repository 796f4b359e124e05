using System.Collections.Immutable;

namespace SpmAudit.Language.Functions;

/// <summary>What a function or operator does, what it gives for missing values, and an example that runs as a test.</summary>
public sealed record FunctionDocumentation(string Summary, string Missing, FunctionExample Example);

/// <summary>
/// An expression, the evidence it reads (key, type and YAML value) and the value it gives, as
/// reports print it ("25%", "yes", "missing"). docs/language.md shows it; a test evaluates it.
/// </summary>
public sealed record FunctionExample(string Expression, ImmutableArray<ExampleEvidence> Evidence, string Result);

public sealed record ExampleEvidence(string Key, string Type, string Value);
