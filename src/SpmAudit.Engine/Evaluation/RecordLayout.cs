using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// The run-time form of values: everything but text and lists is a double (booleans 0/1, dates as
/// day numbers, choices as their index). Record fields are boxed as double? or string.
/// </summary>
internal static class RecordLayout
{
    public static double ToNumber(DataType type, object value) => type.Kind switch
    {
        TypeKind.Boolean => (bool)value ? 1 : 0,
        TypeKind.Date => ((DateOnly)value).DayNumber,
        TypeKind.Choice => type.Choices.IndexOf((string)value),
        _ => (double)value,
    };

    public static object?[][] ToRuntime(DataType listType, IReadOnlyList<object?[]> records)
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
                    var value => (double?)ToNumber(fieldType, value),
                };
            }

            result[r] = record;
        }

        return result;
    }
}
