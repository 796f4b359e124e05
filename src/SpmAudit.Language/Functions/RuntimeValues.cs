using System.Runtime.CompilerServices;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Functions;

/// <summary>
/// How values live while rules run, for compiled rules and their traces alike. Every boolean
/// (1 true, 0 false), number, percentage (a fraction), date (its day number) and choice (its
/// index) is a <see cref="double"/>, and NaN means missing; text is a <see cref="string"/> and a
/// list of records an <c>object?[][]</c>, null when missing. A record is an <c>object?[]</c>
/// whose fields are boxed doubles or strings, null when missing. Arithmetic that leaves the
/// finite numbers (an overflow, infinity minus infinity) gives missing, never a number.
/// </summary>
public static class RuntimeValues
{
    public const double Missing = double.NaN;
    public const double True = 1;
    public const double False = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMissing(double value) => double.IsNaN(value);

    /// <summary>Neither number is missing: when a comparison has a value at all.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BothKnown(double a, double b) => !IsMissing(a) && !IsMissing(b);

    /// <summary>A result of arithmetic: kept when finite, missing otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Finite(double value) => double.IsFinite(value) ? value : Missing;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Truth(bool value) => value ? True : False;

    /// <summary>A numeric (or boolean, date, choice) record field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Field(object? value) => value is double number ? number : Missing;

    /// <summary>A text record field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? TextField(object? value) => value as string;

    /// <summary>The run-time form of a model value (bool, double, DateOnly, choice name).</summary>
    public static double FromModel(DataType type, object value) => type.Kind switch
    {
        TypeKind.Boolean => Truth((bool)value),
        TypeKind.Date => ((DateOnly)value).DayNumber,
        TypeKind.Choice => type.Choices.IndexOf((string)value),
        _ => (double)value,
    };

    /// <summary>The model form of a run-time scalar: bool, double, DateOnly or the choice's name; null when missing.</summary>
    public static object? ToModel(DataType type, double value)
    {
        if (IsMissing(value))
        {
            return null;
        }

        return type.Kind switch
        {
            TypeKind.Boolean => value == True,
            TypeKind.Date => DateOnly.FromDayNumber((int)value),
            TypeKind.Choice => value >= 0 && value < type.Choices.Length ? type.Choices[(int)value] : null,
            _ => value,
        };
    }

    /// <summary>The run-time form of records read from evidence (fields as the model holds them).</summary>
    public static object?[][] Records(DataType listType, IReadOnlyList<object?[]> records)
    {
        var result = new object?[records.Count][];
        for (var r = 0; r < records.Count; r++)
        {
            var source = records[r];
            var record = new object?[source.Length];
            for (var f = 0; f < source.Length; f++)
            {
                var fieldType = listType.Fields[f].Type;
                record[f] = source[f] switch
                {
                    null => null,
                    string text when fieldType.Kind == TypeKind.Text => text,
                    var value => FromModel(fieldType, value),
                };
            }

            result[r] = record;
        }

        return result;
    }

    /// <summary>Records in their model form again (for traces and reports).</summary>
    public static IReadOnlyList<object?[]> ModelRecords(DataType listType, object?[][] records)
    {
        var result = new object?[records.Length][];
        for (var r = 0; r < records.Length; r++)
        {
            var record = new object?[records[r].Length];
            for (var f = 0; f < record.Length; f++)
            {
                var fieldType = listType.Fields[f].Type;
                record[f] = records[r][f] switch
                {
                    double d => ToModel(fieldType, d),
                    var other => other,
                };
            }

            result[r] = record;
        }

        return result;
    }
}
