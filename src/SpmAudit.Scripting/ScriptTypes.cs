using SpmAudit.Language.Model;

namespace SpmAudit.Scripting;

/// <summary>
/// How the language's types look in C#: numbers and percentages (fractions) are double, booleans
/// bool, dates DateOnly, text and choices string; a list of records is an IReadOnlyList of a
/// generated record with one property per field (double NaN, or null, when a field is missing).
/// </summary>
internal static class ScriptTypes
{
    public static string Scalar(DataType type) => type.Kind switch
    {
        TypeKind.Integer or TypeKind.Number or TypeKind.Percentage => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Date => "System.DateOnly",
        _ => "string",
    };

    /// <summary>A record field's type: missing values are NaN for numbers and null otherwise.</summary>
    public static string Field(DataType type) => type.Kind switch
    {
        TypeKind.Integer or TypeKind.Number or TypeKind.Percentage => "double",
        TypeKind.Boolean => "bool?",
        TypeKind.Date => "System.DateOnly?",
        _ => "string?",
    };

    /// <summary>C# reading one run-time value (<paramref name="value"/>, an object) as the field or argument type.</summary>
    public static string FromRuntime(DataType type, string value, bool field) => type.Kind switch
    {
        TypeKind.Integer or TypeKind.Number or TypeKind.Percentage => $"Values.Number({value})",
        TypeKind.Boolean => field ? $"Values.Flag({value})" : $"((double){value}! == 1)",
        TypeKind.Date => field ? $"Values.Day({value})" : $"System.DateOnly.FromDayNumber((int)(double){value}!)",
        TypeKind.Choice => field ? $"Values.Choice({value}, {Choices(type)})" : $"{Choices(type)}[(int)(double){value}!]",
        _ => field ? $"({value} as string)" : $"((string){value}!)",
    };

    /// <summary>C# turning a result back into its run-time form: finite numbers, 1 or 0, day numbers, text, a choice's index.</summary>
    public static string ToRuntime(DataType type, string value) => type.Kind switch
    {
        TypeKind.Integer or TypeKind.Number or TypeKind.Percentage => $"(object)(double.IsFinite({value}) ? {value} : double.NaN)",
        TypeKind.Boolean => $"(object)({value} ? 1.0 : 0.0)",
        TypeKind.Date => $"(object)(double){value}.DayNumber",
        TypeKind.Choice => $"(object)(System.Array.IndexOf({Choices(type)}, {value}) is var i && i >= 0 ? (double)i : double.NaN)",
        _ => $"(object?){value}",
    };

    private static string Choices(DataType type) => $"new string[] {{ {string.Join(", ", type.Choices.Select(c => "\"" + c + "\""))} }}";

    public static string Pascal(string name) =>
        string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
