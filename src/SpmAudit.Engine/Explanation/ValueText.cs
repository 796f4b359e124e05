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
        double d when type.Kind == TypeKind.Percentage => Unsigned((d * 100).ToString("0.##", CultureInfo.InvariantCulture)) + "%",
        double d => Unsigned(d.ToString("#,0.##", CultureInfo.InvariantCulture)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<object?[]> records => string.Join("; ", records.Select(r => Record(type, r))),
        _ => value.ToString() ?? "",
    };

    private static string Record(DataType type, object?[] record) =>
        string.Join(", ", type.Fields.Select((f, i) => $"{f.Name}: {Format(f.Type, record[i])}"));

    /// <summary>Negative zero, or a tiny negative number rounded to zero, reads as 0, not "-0".</summary>
    private static string Unsigned(string number) => number == "-0" ? "0" : number;
}
