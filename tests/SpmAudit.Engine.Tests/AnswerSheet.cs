using System.Text;
using System.Text.Json;
using SpmAudit.Engine.Reading;

namespace SpmAudit.Engine.Tests;

/// <summary>Writes a read evidence document as a CSV answer sheet, the way an MIS export would.</summary>
internal static class AnswerSheet
{
    public static string FromDocument(EvidenceDocument document)
    {
        var text = new StringBuilder("key,value,source,page,interview,mis,observation,source_date,comment\n");
        void Row(string key, string? value, DocumentSource? source = null, string? comment = null) =>
            text.Append(string.Join(',', new[]
            {
                key, value, source?.Document?.Text, source?.Page?.Text, source?.Interview?.Text, source?.Mis?.Text, source?.Observation?.Text, source?.Date?.Text, comment,
            }.Select(Cell))).Append('\n');

        Row("@institution.id", document.Institution?.Id?.Text);
        Row("@institution.name", document.Institution?.Name?.Text);
        Row("@institution.country", document.Institution?.Country?.Text);
        Row("@period", document.Period?.Text);
        Row("@date", document.Date?.Text);
        Row("@assessment", document.Assessment?.Text);
        Row("@assessor", document.Assessor?.Text);
        foreach (var entry in document.Overrides)
        {
            var fields = new Dictionary<string, string?>
            {
                ["ruleset"] = entry.Ruleset?.Text, ["grade"] = entry.Grade?.Text, ["notches"] = entry.Notches?.Text, ["reason"] = entry.Reason?.Text, ["by"] = entry.By?.Text,
            };
            Row("@override", JsonSerializer.Serialize(fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value)));
        }

        foreach (var entry in document.Entries)
        {
            Row(entry.Key.Text, Value(entry.Value), entry.Source, entry.Comment?.Text);
        }

        return text.ToString();
    }

    private static string? Value(DocumentValue? value) => value switch
    {
        null or NullValue => null,
        ScalarValue scalar => scalar.Text,
        ListValue list => JsonSerializer.Serialize(list.Items.Select(item => ((RecordValue)item).Fields.ToDictionary(
            f => f.Name.Text, f => f.Value is ScalarValue s ? s.Text : null))),
        _ => throw new InvalidOperationException($"No answer-sheet form for {value}."),
    };

    private static string Cell(string? text) =>
        text is null ? ""
        : text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text != text.Trim() ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;
}
