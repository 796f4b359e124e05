using System.Globalization;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Engine.Evidence;

public sealed partial class EvidenceBinder
{
    /// <summary>Converts a written value to the item's type; null for missing values and for values with errors.</summary>
    private object? BindValue(EvidenceItem item, DocumentValue value)
    {
        if (value is NullValue)
        {
            return null;
        }

        if (item.Type.Kind == TypeKind.RecordList)
        {
            if (value is not ListValue list)
            {
                _diagnostics.Add(DiagnosticCatalog.WrongShape(value.Span, $"a list for '{item.Key}' (a list of records)", value.Describe()));
                return null;
            }

            return BindRecords(item, list);
        }

        if (value is not ScalarValue scalar)
        {
            _diagnostics.Add(DiagnosticCatalog.WrongShape(value.Span, $"a single value for '{item.Key}'", value.Describe()));
            return null;
        }

        return BindScalar(item.Key, item.Type, scalar, item);
    }

    private object? BindScalar(string key, DataType type, ScalarValue scalar, EvidenceItem? rangeOf)
    {
        var text = scalar.Text;
        switch (type.Kind)
        {
            case TypeKind.Boolean:
                if (text is "true" or "false")
                {
                    return text == "true";
                }

                if (scalar.YesNo is { } yesNo)
                {
                    return yesNo;
                }

                return Mismatch(key, "true or false", scalar);
            case TypeKind.Integer or TypeKind.Number or TypeKind.Percentage:
                return BindNumber(key, type, scalar, rangeOf);
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

    private object? BindNumber(string key, DataType type, ScalarValue scalar, EvidenceItem? rangeOf)
    {
        var text = scalar.Text.Trim();
        var percentSign = text.EndsWith('%');
        if ((percentSign && type.Kind != TypeKind.Percentage) || !YamlShape.TryNumber(text, out var number))
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

        if (type.Kind == TypeKind.Percentage && !percentSign && Math.Abs(value) > 1)
        {
            // 48 for a percentage is 4800%: almost always 48% written without its sign.
            _diagnostics.Add(DiagnosticCatalog.PercentageWithoutPercentSign(scalar.Span, key, text, (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"));
        }

        return value;
    }

    private List<object?[]>? BindRecords(EvidenceItem item, ListValue list)
    {
        var fields = item.Type.Fields;
        var records = new List<object?[]>(list.Items.Length);
        foreach (var element in list.Items)
        {
            if (element is not RecordValue recordValue)
            {
                _diagnostics.Add(DiagnosticCatalog.WrongShape(element.Span, $"a mapping for a record of '{item.Key}'", element.Describe()));
                continue;
            }

            var record = new object?[fields.Length];
            foreach (var field in recordValue.Fields)
            {
                var index = item.Type.FieldIndex(field.Name.Text);
                if (index < 0)
                {
                    var suggestion = Suggestions.Closest(field.Name.Text, fields.Select(f => f.Name));
                    _diagnostics.Add(DiagnosticCatalog.EvidenceUnknownRecordField(field.Name.Span, item.Key, field.Name.Text, suggestion));
                    continue;
                }

                switch (field.Value)
                {
                    case NullValue:
                        break;
                    case ScalarValue scalar:
                        record[index] = BindScalar($"{item.Key}.{field.Name.Text}", fields[index].Type, scalar, null);
                        break;
                    default:
                        _diagnostics.Add(DiagnosticCatalog.WrongShape(field.Value.Span, $"a single value for field '{field.Name.Text}'", field.Value.Describe()));
                        break;
                }
            }

            records.Add(record);
        }

        return records;
    }

    private object? Mismatch(string key, string expected, ScalarValue scalar)
    {
        _diagnostics.Add(DiagnosticCatalog.EvidenceTypeMismatch(scalar.Span, key, expected, scalar.Text));
        return null;
    }
}
