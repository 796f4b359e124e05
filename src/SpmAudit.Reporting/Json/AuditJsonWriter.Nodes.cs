using System.Globalization;
using System.Text.Json;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Json;

public static partial class AuditJsonWriter
{
    private static void WriteNode(Utf8JsonWriter json, NodeResult node)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Node.Id);
        json.WriteString("level", node.Node.Level);
        json.WriteString("title", node.Node.Title);
        json.WriteNumber("weight", node.Node.Weight);
        WriteNumberOrNull(json, "score", node.Score);
        WriteNumberOrNull(json, "coverage", node.Coverage);
        json.WriteString("status", StatusNames.Of(node.Status));
        json.WriteStartArray("children");
        foreach (var child in node.Children)
        {
            WriteNode(json, child);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter json, IndicatorResult indicator)
    {
        json.WriteStartObject();
        json.WriteString("id", indicator.Node.Id);
        json.WriteString("title", indicator.Node.Title);
        json.WriteString("status", StatusNames.Of(indicator.Status));
        WriteNumberOrNull(json, "points", indicator.Points);
        json.WriteNumber("weight", indicator.Node.Weight);
        json.WriteBoolean("critical", indicator.Rule.Critical);
        json.WriteString("reason", indicator.Reason);
        json.WriteStartArray("evidence");
        foreach (var use in indicator.Evidence)
        {
            WriteEvidence(json, use);
        }

        json.WriteEndArray();
        WriteTrace(json, indicator.Trace);
        json.WriteEndObject();
    }

    /// <summary>Each clause with its value and the values of the operands it was computed from (one level down).</summary>
    private static void WriteTrace(Utf8JsonWriter json, IndicatorTrace? trace)
    {
        if (trace is null)
        {
            return;
        }

        json.WriteStartArray("trace");
        foreach (var clause in trace.Clauses)
        {
            json.WriteStartObject();
            json.WriteString("clause", clause.Clause);
            WriteTraceValue(json, clause.Value);
            json.WriteStartArray("operands");
            foreach (var operand in clause.Value.Children.Where(c => !c.IsLiteral))
            {
                json.WriteStartObject();
                WriteTraceValue(json, operand);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTraceValue(Utf8JsonWriter json, TraceNode node)
    {
        json.WriteString("expression", node.Expression);
        json.WriteString("value", node.Value is null ? "missing" : ValueText.Format(node.Type, node.Value));
    }

    private static void WriteEvidence(Utf8JsonWriter json, EvidenceUse use)
    {
        json.WriteStartObject();
        json.WriteString("key", use.Item.Key);
        json.WritePropertyName("value");
        WriteValue(json, use.Item.Type, use.Entry?.Value);
        json.WriteString("display", ValueText.Format(use.Item.Type, use.Entry?.Value));
        json.WriteBoolean("missing", use.IsMissing);
        if (use.Item.Unit is { } unit)
        {
            json.WriteString("unit", unit);
        }

        if (use.Entry?.Source is { } source)
        {
            json.WriteString("source", source.ToString());
        }

        if (use.Entry?.Comment is { } comment)
        {
            json.WriteString("comment", comment);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, DataType type, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case double d:
                json.WriteNumberValue(Math.Round(d, 6));
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyList<object?[]> records:
                json.WriteStartArray();
                foreach (var record in records)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < type.Fields.Length; i++)
                    {
                        json.WritePropertyName(type.Fields[i].Name);
                        WriteValue(json, type.Fields[i].Type, record[i]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Round(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
