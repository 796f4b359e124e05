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
