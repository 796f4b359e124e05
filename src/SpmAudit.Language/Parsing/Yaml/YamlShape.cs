using System.Globalization;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>Strict readers for YAML nodes: wrong shapes and unknown fields become diagnostics.</summary>
public sealed class YamlShape(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public YamlMapping? Mapping(YamlNode? node, string where)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        if (node is not null)
        {
            diagnostics.Add(DiagnosticCatalog.WrongShape(node.Span, $"a mapping for {where}", node.Describe()));
        }

        return null;
    }

    public YamlSequence? Sequence(YamlNode? node, string where)
    {
        if (node is YamlSequence sequence)
        {
            return sequence;
        }

        if (node is not null)
        {
            diagnostics.Add(DiagnosticCatalog.WrongShape(node.Span, $"a list for {where}", node.Describe()));
        }

        return null;
    }

    public YamlScalar? Scalar(YamlNode? node, string where)
    {
        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        if (node is not null)
        {
            diagnostics.Add(DiagnosticCatalog.WrongShape(node.Span, $"a single value for {where}", node.Describe()));
        }

        return null;
    }

    public string? Text(YamlNode? node, string where) => Scalar(node, where) is { IsNull: false } s ? s.Value : null;

    /// <summary>Reports every key of <paramref name="mapping"/> that is not in <paramref name="allowed"/>.</summary>
    public void AllowOnly(YamlMapping mapping, string where, params string[] allowed)
    {
        foreach (var (key, _) in mapping.Entries)
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.UnknownField(key.Span, key.Value, where, Suggestions.Closest(key.Value, allowed)));
            }
        }
    }

    public string? Required(YamlMapping mapping, string field, string where)
    {
        if (mapping[field] is null)
        {
            diagnostics.Add(DiagnosticCatalog.MissingField(mapping.Span, field, where));
            return null;
        }

        return Text(mapping[field], $"'{field}'");
    }

    public decimal? Number(YamlNode? node, string where)
    {
        if (Scalar(node, where) is not { IsNull: false } scalar)
        {
            return null;
        }

        if (TryNumber(scalar.Value, out var value))
        {
            return value;
        }

        diagnostics.Add(DiagnosticCatalog.InvalidScalar(scalar.Span, scalar.Value, $"a number for {where}"));
        return null;
    }

    public bool? Boolean(YamlNode? node, string where)
    {
        if (Scalar(node, where) is not { IsNull: false } scalar)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                diagnostics.Add(DiagnosticCatalog.InvalidScalar(scalar.Span, scalar.Value, $"true or false for {where}"));
                return null;
        }
    }

    public DateOnly? Date(YamlNode? node, string where)
    {
        if (Scalar(node, where) is not { IsNull: false } scalar)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Add(DiagnosticCatalog.InvalidScalar(scalar.Span, scalar.Value, $"a date (YYYY-MM-DD) for {where}"));
        return null;
    }

    /// <summary>Numbers as written in YAML, with percentages ("45%") read as fractions.</summary>
    public static bool TryNumber(string text, out decimal value)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (percent)
        {
            trimmed = trimmed[..^1];
        }

        if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (percent)
        {
            value /= 100m;
        }

        return true;
    }
}
