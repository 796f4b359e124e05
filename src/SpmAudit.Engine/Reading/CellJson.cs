using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// JSON inside one CSV cell (a list of records, an override) read into document values, every
/// value located at its line and column in the CSV file. Numbers keep the text they were written
/// with; the binder reads them as the dictionary says.
/// </summary>
internal sealed class CellJson(CsvTable table, CsvCell cell, DiagnosticBag diagnostics)
{
    private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(cell.Text);

    /// <summary>The value, or null when the JSON is not well formed (reported).</summary>
    public DocumentValue? Read()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 8 });
        try
        {
            reader.Read();
            var value = Value(ref reader);
            if (reader.Read())
            {
                throw new JsonException("only one JSON value may stand in a cell");
            }

            return value;
        }
        catch (JsonException e)
        {
            diagnostics.Add(DiagnosticCatalog.CsvInvalidJson(At(reader.TokenStartIndex), Clean(e.Message)));
            return null;
        }
    }

    private DocumentValue Value(ref Utf8JsonReader reader)
    {
        var span = At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<DocumentValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Value(ref reader));
                }

                return new ListValue(span, items.ToImmutable());
            case JsonTokenType.StartObject:
                var fields = ImmutableArray.CreateBuilder<DocumentField>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = new DocumentText(At(reader.TokenStartIndex), reader.GetString()!);
                    if (!names.Add(name.Text))
                    {
                        diagnostics.Add(DiagnosticCatalog.DuplicateKey(name.Span, name.Text, span));
                    }

                    reader.Read();
                    fields.Add(new DocumentField(name, Value(ref reader)));
                }

                return new RecordValue(span, fields.ToImmutable());
            case JsonTokenType.String:
                return new ScalarValue(span, reader.GetString()!);
            case JsonTokenType.Number:
                return new ScalarValue(span, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True or JsonTokenType.False:
                return new ScalarValue(span, reader.TokenType == JsonTokenType.True ? "true" : "false");
            default:
                return new NullValue(span);
        }
    }

    /// <summary>A byte offset of the cell's UTF-8 text as a position in the file.</summary>
    private SourceSpan At(long byteOffset)
    {
        var index = Encoding.UTF8.GetCharCount(_utf8, 0, (int)Math.Min(byteOffset, _utf8.Length));
        return table.Position(cell, index);
    }

    /// <summary>System.Text.Json ends its messages with the position, which the diagnostic already carries.</summary>
    private static string Clean(string message)
    {
        var at = message.IndexOf(" Path:", StringComparison.Ordinal) is var p and >= 0 ? p : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at >= 0 ? message[..at] : message).TrimEnd('.', ' ');
    }
}
