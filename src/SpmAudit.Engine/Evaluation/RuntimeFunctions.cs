namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// The built-in functions and operators that are not single IL instructions, with the
/// missing-value semantics of the language: a missing input gives a missing result, and
/// any/all follow three-valued logic. Called from compiled rules.
/// </summary>
internal static class RuntimeFunctions
{
    public static double? Divide(double? a, double? b) => a is null || b is null || b.Value == 0 ? null : a.Value / b.Value;

    public static double? Min(double? a, double? b) => a is null || b is null ? null : Math.Min(a.Value, b.Value);

    public static double? Max(double? a, double? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);

    public static double? Abs(double? a) => a is null ? null : Math.Abs(a.Value);

    public static bool? TextEquals(string? a, string? b) => a is null || b is null ? null : string.Equals(a, b, StringComparison.Ordinal);

    public static double? ReadNumber(object? field) => field as double?;

    public static bool? ReadBoolean(object? field) => field is double d ? d != 0 : null;

    public static string? ReadText(object? field) => field as string;

    public static double? Count(object?[][]? list) => list?.Length;

    public static double? Count(object?[][]? list, Func<object?[], bool?> predicate)
    {
        if (list is null)
        {
            return null;
        }

        var count = 0;
        foreach (var record in list)
        {
            switch (predicate(record))
            {
                case true:
                    count++;
                    break;
                case null:
                    return null;
            }
        }

        return count;
    }

    public static double? Sum(object?[][]? list, Func<object?[], double?> selector)
    {
        if (list is null)
        {
            return null;
        }

        var sum = 0.0;
        foreach (var record in list)
        {
            if (selector(record) is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }

    public static double? Avg(object?[][]? list, Func<object?[], double?> selector) =>
        list is null || list.Length == 0 ? null : Sum(list, selector) / list.Length;

    public static bool? Any(object?[][]? list, Func<object?[], bool?> predicate)
    {
        if (list is null)
        {
            return null;
        }

        var unknown = false;
        foreach (var record in list)
        {
            switch (predicate(record))
            {
                case true:
                    return true;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : false;
    }

    public static bool? All(object?[][]? list, Func<object?[], bool?> predicate)
    {
        if (list is null)
        {
            return null;
        }

        var unknown = false;
        foreach (var record in list)
        {
            switch (predicate(record))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }
}
