using System.Text;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Evidence;

/// <summary>
/// Writes an evidence document as a YAML pack (docs/evidence.md), whatever it was read from. Every
/// scalar is quoted, so text that looks like a number or a date stays what was written; the binder
/// reads each value by its item's type as always. With a ruleset, yes/no answers of boolean items (as
/// a workbook's drop-down gives them, in any language) are written true/false.
/// </summary>
public static class EvidencePackWriter
{
    public static string Write(EvidenceDocument document, string? header = null, Ruleset? ruleset = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        if (header is not null)
        {
            text.Append("# ").Append(header).Append('\n');
        }

        if (document.Institution is { } institution)
        {
            var fields = new[] { ("id", institution.Id), ("name", institution.Name), ("country", institution.Country) }.Where(f => f.Item2 is not null);
            text.Append("institution: { ").Append(string.Join(", ", fields.Select(f => $"{f.Item1}: {Quote(f.Item2!.Text)}"))).Append(" }\n");
        }

        Optional(text, "period", document.Period);
        Optional(text, "date", document.Date);
        Optional(text, "assessment", document.Assessment);
        Optional(text, "assessor", document.Assessor);
        if (!document.Overrides.IsEmpty)
        {
            text.Append("overrides:\n");
            foreach (var decision in document.Overrides)
            {
                var fields = new[] { ("ruleset", decision.Ruleset), ("grade", decision.Grade), ("notches", decision.Notches), ("reason", decision.Reason), ("by", decision.By) }
                    .Where(f => f.Item2 is not null)
                    .Select(f => f.Item1 == "notches" ? $"notches: {f.Item2!.Text}" : $"{f.Item1}: {Quote(f.Item2!.Text)}");
                text.Append("  - { ").Append(string.Join(", ", fields)).Append(" }\n");
            }
        }

        if (!document.Notes.IsEmpty)
        {
            text.Append("notes:\n");
            foreach (var note in document.Notes)
            {
                text.Append("  ").Append(Quote(note.IndicatorId.Text)).Append(": ").Append(Quote(note.Text.Text)).Append('\n');
            }
        }

        text.Append("evidence:\n");
        foreach (var entry in document.Entries)
        {
            text.Append("  ").Append(entry.Key.Text).Append(":\n");
            text.Append("    value:").Append(Value(entry.Value, ruleset?.FindEvidence(entry.Key.Text)?.Type, "      ")).Append('\n');
            if (entry.Source is { } source)
            {
                var parts = new[] { ("document", source.Document), ("page", source.Page), ("interview", source.Interview), ("mis", source.Mis), ("observation", source.Observation), ("date", source.Date) }
                    .Where(p => p.Item2 is not null)
                    .Select(p => $"{p.Item1}: {Quote(p.Item2!.Text)}");
                text.Append("    source: { ").Append(string.Join(", ", parts)).Append(" }\n");
            }

            if (entry.Comment is { } comment)
            {
                text.Append("    comment: ").Append(Quote(comment.Text)).Append('\n');
            }

            if (entry.Function is { } function)
            {
                text.Append("    function: ").Append(Quote(function.Text)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The text after 'value:' — a scalar on the same line, a list of records on the lines below.</summary>
    private static string Value(DocumentValue? value, DataType? type, string indent) => value switch
    {
        null or NullValue => " null",
        ScalarValue scalar => " " + Scalar(scalar, type),
        ListValue { Items.IsEmpty: true } => " []",
        ListValue list => string.Concat(list.Items.Select(item => $"\n{indent}- {Record(item, type?.ElementType)}")),
        RecordValue record => " " + Record(record, type),
        _ => " null",
    };

    private static string Record(DocumentValue item, DataType? type) => item is RecordValue record
        ? "{ " + string.Join(", ", record.Fields.Select(f => $"{f.Name.Text}: {(f.Value is ScalarValue s ? Scalar(s, FieldType(type, f.Name.Text)) : "null")}")) + " }"
        : "null";

    private static DataType? FieldType(DataType? type, string name) => type is not null && type.FieldIndex(name) is var i and >= 0 ? type.Fields[i].Type : null;

    private static string Scalar(ScalarValue scalar, DataType? type) =>
        type?.Kind == TypeKind.Boolean && scalar.YesNo is { } yes ? (yes ? "true" : "false") : Quote(scalar.Text);

    private static void Optional(StringBuilder text, string name, DocumentText? value)
    {
        if (value is not null)
        {
            text.Append(name).Append(": ").Append(Quote(value.Text)).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
