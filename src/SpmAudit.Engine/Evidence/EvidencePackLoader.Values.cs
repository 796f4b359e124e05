using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Engine.Evidence;

public sealed partial class EvidencePackLoader
{
    /// <summary>Converts a YAML value to the item's type; null for missing values and for values with errors.</summary>
    private object? ReadValue(EvidenceItem item, YamlNode node)
    {
        if (item.Type.Kind == TypeKind.RecordList)
        {
            return node is YamlScalar { IsNull: true } ? null : ReadRecords(item, node);
        }

        if (_shape.Scalar(node, $"'{item.Key}'") is not { } scalar || scalar.IsNull)
        {
            return null;
        }

        return ReadScalar(item.Key, item.Type, scalar, item);
    }

    private object? ReadScalar(string key, DataType type, YamlScalar scalar, EvidenceItem? rangeOf)
    {
        var text = scalar.Value;
        switch (type.Kind)
        {
            case TypeKind.Boolean:
                if (text is "true" or "false")
                {
                    return text == "true";
                }

                return Mismatch(key, "true or false", scalar);
            case TypeKind.Integer or TypeKind.Number or TypeKind.Percentage:
                return ReadNumber(key, type, scalar, rangeOf);
            case TypeKind.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : Mismatch(key, "a date (YYYY-MM-DD)", scalar);
            case TypeKind.Choice:
                if (type.Choices.Contains(text))
                {
                    return text;
                }

                _diagnostics.Add(DiagnosticCatalog.EvidenceUnknownChoice(scalar.Span, key, text, string.Join(", ", type.Choices), Suggestions.Closest(text, type.Choices)));
                return null;
            default:
                return text;
        }
    }

    private object? ReadNumber(string key, DataType type, YamlScalar scalar, EvidenceItem? rangeOf)
    {
        var text = scalar.Value.Trim();
        if (text.EndsWith('%') && type.Kind != TypeKind.Percentage || !YamlShape.TryNumber(text, out var number))
        {
            return Mismatch(key, type.Kind == TypeKind.Percentage ? "a percentage (45% or 0.45)" : "a number", scalar);
        }

        if (type.Kind == TypeKind.Integer && decimal.Truncate(number) != number)
        {
            return Mismatch(key, "a whole number", scalar);
        }

        var value = (double)number;
        if (rangeOf is not null && (value < rangeOf.Min || value > rangeOf.Max))
        {
            _diagnostics.Add(DiagnosticCatalog.EvidenceOutOfRange(scalar.Span, key, text, rangeOf.DescribeRange()));
            return null;
        }

        return value;
    }

    private List<object?[]>? ReadRecords(EvidenceItem item, YamlNode node)
    {
        if (_shape.Sequence(node, $"'{item.Key}' (a list of records)") is not { } sequence)
        {
            return null;
        }

        var fields = item.Type.Fields;
        var records = new List<object?[]>(sequence.Items.Length);
        foreach (var element in sequence.Items)
        {
            if (_shape.Mapping(element, $"a record of '{item.Key}'") is not { } mapping)
            {
                continue;
            }

            var record = new object?[fields.Length];
            foreach (var (fieldKey, fieldValue) in mapping.Entries)
            {
                var index = item.Type.FieldIndex(fieldKey.Value);
                if (index < 0)
                {
                    var suggestion = Suggestions.Closest(fieldKey.Value, fields.Select(f => f.Name));
                    _diagnostics.Add(DiagnosticCatalog.EvidenceUnknownRecordField(fieldKey.Span, item.Key, fieldKey.Value, suggestion));
                    continue;
                }

                if (_shape.Scalar(fieldValue, $"field '{fieldKey.Value}'") is { IsNull: false } scalar)
                {
                    record[index] = ReadScalar($"{item.Key}.{fieldKey.Value}", fields[index].Type, scalar, null);
                }
            }

            records.Add(record);
        }

        return records;
    }

    private object? Mismatch(string key, string expected, YamlScalar scalar)
    {
        _diagnostics.Add(DiagnosticCatalog.EvidenceTypeMismatch(scalar.Span, key, expected, scalar.Value));
        return null;
    }
}
