using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Crosswalks;

/// <summary>
/// A mapping between two rulesets, read from a crosswalk file: which indicators of one answer to
/// which of the other, and which evidence keys of one carry the same fact as keys of the other.
/// <see cref="From"/> is the ruleset whose evidence is carried; <see cref="To"/> the one it answers.
/// </summary>
public sealed record Crosswalk(
    string Path,
    string? Title,
    CrosswalkSide From,
    CrosswalkSide To,
    ImmutableArray<IndicatorMapping> Indicators,
    ImmutableArray<EvidenceMapping> Evidence)
{
    /// <summary>
    /// The same crosswalk read the other way: relations turn round (broader ↔ narrower) and
    /// conversions are undone. A choice table that merges choices cannot be undone, so its mapping
    /// is left out of the inverse.
    /// </summary>
    public Crosswalk Inverted() => this with
    {
        From = To,
        To = From,
        Indicators = [.. Indicators.Select(m => m with { From = m.To, To = m.From, Relation = Inverse(m.Relation) })],
        Evidence = [.. Evidence.Where(e => e.Conversion.Values.Values.Distinct(StringComparer.Ordinal).Count() == e.Conversion.Values.Count)
            .Select(e => e with { FromKey = e.ToKey, ToKey = e.FromKey, Conversion = e.Conversion.Inverted() })],
    };

    private static MappingRelation Inverse(MappingRelation relation) => relation switch
    {
        MappingRelation.Broader => MappingRelation.Narrower,
        MappingRelation.Narrower => MappingRelation.Broader,
        _ => relation,
    };
}

/// <summary>One side of a crosswalk: a ruleset id and the versions it was written for ('3' is any 3.x).</summary>
public sealed record CrosswalkSide(string Ruleset, string Version, SourceSpan Span);

/// <summary>How the scope of the two indicators compares, read from <see cref="IndicatorMapping.From"/>'s side.</summary>
public enum MappingRelation
{
    /// <summary>Both ask the same thing.</summary>
    Equivalent,

    /// <summary>The From indicator asks more than the To one: meeting it covers the To one.</summary>
    Broader,

    /// <summary>The From indicator asks less than the To one: it covers part of it.</summary>
    Narrower,

    /// <summary>They overlap in subject, without one covering the other.</summary>
    Related,
}

public sealed record IndicatorMapping(string From, string To, MappingRelation Relation, string? Note, SourceSpan Span);

/// <summary>A key of the From ruleset read as a key of the To ruleset, through a conversion.</summary>
public sealed record EvidenceMapping(string FromKey, string ToKey, EvidenceConversion Conversion, SourceSpan Span);

/// <summary>
/// How a value of the From key becomes a value of the To key: unchanged (a rename), multiplied by a
/// factor (a change of unit), or a choice read through a table of choices.
/// </summary>
public sealed record EvidenceConversion(decimal? Scale, ImmutableDictionary<string, string> Values)
{
    public static EvidenceConversion Rename { get; } = new(null, ImmutableDictionary<string, string>.Empty);

    public EvidenceConversion Inverted() =>
        new(Scale is { } factor ? 1 / factor : null, Values.ToImmutableDictionary(v => v.Value, v => v.Key, StringComparer.Ordinal));

    public string Describe() => Scale is { } factor
        ? $"× {factor.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : Values.IsEmpty ? "same value" : string.Join(", ", Values.Select(v => $"{v.Key} → {v.Value}"));
}
