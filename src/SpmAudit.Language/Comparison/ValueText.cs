using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;

namespace SpmAudit.Language.Comparison;

/// <summary>How a diff writes values: as the rule language does (80%, "text", 2026-01-01), so old and new read alike.</summary>
internal static class ValueText
{
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string? Number(double? value) => value is { } v ? Number(v) : null;

    public static string Percent(double? fraction) => fraction is { } f ? Number(f * 100) + "%" : "none";

    /// <summary>A parameter's value printed as a constant of its type, through the same printer as rules.</summary>
    public static string Constant(DataType type, object value) =>
        BoundExpressionPrinter.Print(new BoundConstant(type, SourceSpan.None(""), value, ""));

    /// <summary>An enum member as the rule language spells it: WeightedMean → weighted_mean.</summary>
    public static string Snake(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
}
