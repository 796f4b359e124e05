using System.Globalization;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Explanation;

/// <summary>An evidence value as a person reads it: percentages as "4.5%", dates as ISO, records as "field: value".</summary>
public static class ValueText
{
    public static string Format(DataType type, object? value) => value switch
    {
        null => "",
        bool b => b ? "yes" : "no",
        double d when type.Kind == TypeKind.Percentage => (d * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
        double d => d.ToString("#,0.##", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<object?[]> records => string.Join("; ", records.Select(r => Record(type, r))),
        _ => value.ToString() ?? "",
    };

    private static string Record(DataType type, object?[] record) =>
        string.Join(", ", type.Fields.Select((f, i) => $"{f.Name}: {Format(f.Type, record[i])}"));
}
