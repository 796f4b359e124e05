using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>A YAML node that keeps its position, so every value can be reported where it was written.</summary>
public abstract record YamlNode(SourceSpan Span)
{
    public abstract string Describe();
}

public sealed record YamlScalar(SourceSpan Span, string Value, bool IsQuoted) : YamlNode(Span)
{
    /// <summary>A plain <c>null</c>, <c>~</c> or empty value.</summary>
    public bool IsNull => !IsQuoted && Value is "" or "null" or "~" or "Null" or "NULL";

    /// <summary>Where the text of the scalar starts (after an opening quote), for expressions parsed from it.</summary>
    public int TextColumn => Span.Column + (IsQuoted ? 1 : 0);

    public override string Describe() => IsNull ? "null" : $"the value '{Value}'";
}

public sealed record YamlMapping(SourceSpan Span, ImmutableArray<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Span)
{
    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public override string Describe() => "a mapping";
}

public sealed record YamlSequence(SourceSpan Span, ImmutableArray<YamlNode> Items) : YamlNode(Span)
{
    public override string Describe() => "a list";
}
