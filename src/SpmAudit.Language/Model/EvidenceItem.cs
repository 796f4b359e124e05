using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>One entry of the evidence dictionary: something an assessor collects and indicators read.</summary>
public sealed record EvidenceItem(
    string Key,
    DataType Type,
    string? Question,
    string? Unit,
    double? Min,
    double? Max,
    SourceSpan Span)
{
    /// <summary>Position of the item in <see cref="Ruleset.Evidence"/>; evaluation frames are indexed by it.</summary>
    public int Ordinal { get; init; }

    /// <summary>When the item must be answered for a grade to be given; null when it need not be.</summary>
    public Requirement? Required { get; init; }

    /// <summary>'valid for 24 months': evidence dated earlier than this before the assessment date is out of date.</summary>
    public int? ValidForMonths { get; init; }

    /// <summary>
    /// A grouped metric's group columns: together they name one of its records, so a selector
    /// ('metric.x[branch = "Kaya"]') must give every one of them. Empty for any other item.
    /// </summary>
    public ImmutableArray<string> GroupBy { get; init; } = [];

    /// <summary>Deprecated keys of this item that packs may still use ('formerly').</summary>
    public ImmutableArray<FormerKey> Formerly { get; init; } = [];

    public string DescribeRange() => (Min, Max) switch
    {
        (null, null) => "(any)",
        _ => $"{Format(Min)}..{Format(Max)}",
    };

    private string Format(double? bound) => bound is null
        ? ""
        : Type.Kind == TypeKind.Percentage
            ? (bound.Value * 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%"
            : bound.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
