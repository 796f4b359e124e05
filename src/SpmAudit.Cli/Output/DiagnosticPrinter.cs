using System.Text.Encodings.Web;
using System.Text.Json;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Cli.Output;

/// <summary>Prints diagnostics as compiler lines (<c>path(line,col): error SPMnnnn: message</c>) or as a JSON array.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string format, TextWriter writer)
    {
        if (format == "json")
        {
            writer.WriteLine(ToJson(diagnostics));
            return;
        }

        foreach (var diagnostic in diagnostics)
        {
            // One diagnostic, one line, and nothing from an input drives the terminal.
            writer.WriteLine(ControlCharacters.Escape(diagnostic.ToString(), keepLineBreaks: false));
        }
    }

    public static string ToJson(IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("path", d.Span.Path);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                if (d.Span.Sheet is { } sheet)
                {
                    // In a workbook, line and column are the cell's row and column number.
                    json.WriteString("sheet", sheet);
                    json.WriteString("cell", d.Span.Location);
                }

                if (d.Span.Field is { } field)
                {
                    // In a data file, line is the row (the header is row 1) and field the column's name.
                    json.WriteString("field", field);
                }

                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
