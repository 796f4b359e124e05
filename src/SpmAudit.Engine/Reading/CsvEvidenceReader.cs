using System.Collections.Frozen;
using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Parsing;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// CSV answer sheets, the flat form MIS and survey tools export: a header row, then one row per
/// item with the columns key and value, and optionally source, page, interview, mis, observation,
/// source_date, comment and function (the department answering for the item). Rows whose key starts with '@' give the pack's own fields
/// (@institution.id, @institution.name, @institution.country, @period, @date, @assessment,
/// @assessor, and @override with a JSON object). A 'list of' value is a JSON array of records in
/// its cell. An empty value cell means not collected.
/// </summary>
public sealed class CsvEvidenceReader : IEvidenceReader
{
    private static readonly string[] Columns = ["key", "value", "source", "page", "interview", "mis", "observation", "source_date", "comment", "function"];
    private static readonly string[] PackFields = ["@institution.id", "@institution.name", "@institution.country", "@period", "@date", "@assessment", "@assessor", "@override"];
    private static readonly string[] InstitutionFields = ["@institution.id", "@institution.name", "@institution.country"];
    private static readonly string[] RequiredColumns = ["key", "value"];
    private static readonly string[] OverrideFields = ["ruleset", "grade", "notches", "reason", "by"];

    public string Format => "CSV answer sheet";

    public EvidenceDocument? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        if (SourceText.Decode(bytes, path, diagnostics) is not { } text)
        {
            return null;
        }

        var table = CsvTable.Parse(path, text, diagnostics);
        if (table.Rows.IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.CsvMissingColumn(new SourceSpan(path, 1, 1), "key", "the file is empty"));
            return null;
        }

        var header = Header(table, diagnostics);
        if (header is null || diagnostics.ErrorCount > before)
        {
            return null;
        }

        return new Sheet(table, header, diagnostics).Read();
    }

    /// <summary>Column name → index; null when 'key' or 'value' is missing.</summary>
    private static FrozenDictionary<string, int>? Header(CsvTable table, DiagnosticBag diagnostics)
    {
        var header = table.Rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = header.Cells[i].Text.Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                diagnostics.Add(DiagnosticCatalog.CsvUnknownColumn(table.Position(header.Cells[i]), header.Cells[i].Text, string.Join(", ", Columns), Suggestions.Closest(name, Columns)));
            }
            else if (!columns.TryAdd(name, i))
            {
                diagnostics.Add(DiagnosticCatalog.CsvUnknownColumn(table.Position(header.Cells[i]), header.Cells[i].Text, "each column once", null));
            }
        }

        foreach (var required in RequiredColumns.Where(r => !columns.ContainsKey(r)))
        {
            diagnostics.Add(DiagnosticCatalog.CsvMissingColumn(table.Position(header.Offset), required, "the first row names the columns"));
        }

        return columns.ContainsKey("key") && columns.ContainsKey("value") ? columns.ToFrozenDictionary(StringComparer.Ordinal) : null;
    }

    /// <summary>The rows of one sheet read into a document.</summary>
    private sealed class Sheet(CsvTable table, FrozenDictionary<string, int> columns, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, DocumentText> _pack = new(StringComparer.Ordinal);
        private readonly ImmutableArray<DocumentOverride>.Builder _overrides = ImmutableArray.CreateBuilder<DocumentOverride>();
        private readonly ImmutableArray<DocumentEntry>.Builder _entries = ImmutableArray.CreateBuilder<DocumentEntry>();
        private readonly Dictionary<string, SourceSpan> _seen = new(StringComparer.Ordinal);

        public EvidenceDocument Read()
        {
            foreach (var row in table.Rows.Skip(1))
            {
                ReadRow(row);
            }

            DocumentInstitution? institution = null;
            if (InstitutionFields.Any(_pack.ContainsKey))
            {
                var first = InstitutionFields.Select(_pack.GetValueOrDefault).First(t => t is not null)!;
                institution = new DocumentInstitution(first.Span, _pack.GetValueOrDefault("@institution.id"), _pack.GetValueOrDefault("@institution.name"), _pack.GetValueOrDefault("@institution.country"));
            }

            return new EvidenceDocument(
                table.Path, new SourceSpan(table.Path, 1, 1), institution, _pack.GetValueOrDefault("@period"), _pack.GetValueOrDefault("@date"),
                _pack.GetValueOrDefault("@assessment"), _pack.GetValueOrDefault("@assessor"), _entries.ToImmutable(), _overrides.ToImmutable());
        }

        private void ReadRow(CsvRow row)
        {
            if (row.Cells.Length > columns.Count && row.Cells.Skip(columns.Count).Any(c => c.Text.Length > 0))
            {
                diagnostics.Add(DiagnosticCatalog.CsvTooManyCells(table.Position(row.Cells[columns.Count]), columns.Count));
            }

            if (Cell(row, "key") is not { Text.Length: > 0 } keyCell)
            {
                if (row.Cells.Any(c => c.Text.Trim().Length > 0))
                {
                    diagnostics.Add(DiagnosticCatalog.CsvMissingColumn(table.Position(row.Offset), "key", "every row but the header names its item"));
                }

                return;
            }

            var key = new DocumentText(table.Position(keyCell), keyCell.Text.Trim());
            if (_seen.TryGetValue(key.Text, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.CsvDuplicateKey(key.Span, key.Text, first.Line));
                return;
            }

            _seen[key.Text] = key.Span;
            var valueCell = Cell(row, "value");
            if (key.Text.StartsWith('@'))
            {
                ReadPackField(key, valueCell);
                return;
            }

            var value = valueCell is null || (valueCell.Text.Trim().Length == 0 && !valueCell.Quoted)
                ? new NullValue(valueCell is null ? key.Span : table.Position(valueCell))
                : Value(valueCell);
            _entries.Add(new DocumentEntry(key, value, Source(row), Text(row, "comment")) { Function = Text(row, "function") });
        }

        private void ReadPackField(DocumentText key, CsvCell? valueCell)
        {
            if (!PackFields.Contains(key.Text))
            {
                diagnostics.Add(DiagnosticCatalog.CsvUnknownPackField(key.Span, key.Text, string.Join(", ", PackFields), Suggestions.Closest(key.Text, PackFields)));
                return;
            }

            if (valueCell is not { Text.Length: > 0 })
            {
                return;
            }

            if (key.Text != "@override")
            {
                _pack[key.Text] = new DocumentText(table.Position(valueCell), valueCell.Text.Trim());
                return;
            }

            var json = new CellJson(table, valueCell, diagnostics).Read();
            if (json is RecordValue record)
            {
                foreach (var field in record.Fields.Where(f => !OverrideFields.Contains(f.Name.Text)))
                {
                    diagnostics.Add(DiagnosticCatalog.UnknownField(field.Name.Span, field.Name.Text, "an override", Suggestions.Closest(field.Name.Text, OverrideFields)));
                }

                DocumentText? Field(string name) => record.Fields.FirstOrDefault(f => f.Name.Text == name)?.Value is ScalarValue s ? new DocumentText(s.Span, s.Text) : null;
                _overrides.Add(new DocumentOverride(record.Span, Field("ruleset"), Field("grade"), Field("notches"), Field("reason"), Field("by")));
            }
            else if (json is not null)
            {
                diagnostics.Add(DiagnosticCatalog.WrongShape(json.Span, "a JSON object {\"ruleset\": …, \"notches\" or \"grade\": …, \"reason\": …} for @override", json.Describe()));
            }
        }

        /// <summary>A cell starting with '[' or '{' is JSON (a list of records); anything else is one value.</summary>
        private DocumentValue Value(CsvCell cell)
        {
            var text = cell.Text.TrimStart();
            return text.StartsWith('[') || text.StartsWith('{')
                ? new CellJson(table, cell, diagnostics).Read() ?? new NullValue(table.Position(cell))
                : new ScalarValue(table.Position(cell), cell.Text.Trim());
        }

        private DocumentSource? Source(CsvRow row)
        {
            var source = new DocumentSource(Text(row, "source"), Text(row, "page"), Text(row, "interview"), Text(row, "mis"), Text(row, "observation"), Text(row, "source_date"));
            return source is { Document: null, Page: null, Interview: null, Mis: null, Observation: null, Date: null } ? null : source;
        }

        private DocumentText? Text(CsvRow row, string column) =>
            Cell(row, column) is { } cell && cell.Text.Trim().Length > 0 ? new DocumentText(table.Position(cell), cell.Text.Trim()) : null;

        private CsvCell? Cell(CsvRow row, string column) => columns.TryGetValue(column, out var index) ? row[index] : null;
    }
}
