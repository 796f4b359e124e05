using System.Collections.Immutable;

namespace SpmAudit.Benchmarks.Synthetic;

/// <summary>
/// A template for one indicator: the evidence items it owns and its rule in the DSL, with
/// <c>{p}</c> standing for the indicator's own evidence prefix (e0001, e0002, …).
/// </summary>
internal sealed record RuleShape(string Name, ImmutableArray<ShapeItem> Items, string Rule)
{
    public string RuleFor(string prefix) => Rule.Replace("{p}", prefix, StringComparison.Ordinal);
}

internal sealed record ShapeItem(string Suffix, ItemKind Kind);
