using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// Questionnaire workbooks (.xlsx), as <c>spm-audit questionnaire</c> writes them and Excel or
/// LibreOffice save them after they are filled in (<see cref="QuestionnaireLayout"/>): the cover
/// gives the pack's own fields, each sheet of questions one row per evidence item (answer, source,
/// page, comment, responsible function) and one row per indicator (its note), and each list sheet
/// the records of one 'list of' item. Every value is located at its sheet and cell. Rows left
/// blank are not answered: the binder sees no entry, so the indicators that need them are
/// insufficient evidence and a half-filled workbook already gives a provisional score.
/// </summary>
public sealed partial class XlsxEvidenceReader : IEvidenceReader
{
    public string Format => "questionnaire workbook";

    public EvidenceDocument? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        List<WorkbookSheet> sheets;
        try
        {
            sheets = Sheets(path, bytes);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                      or InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            // A damaged, encrypted or foreign file: the packaging and XML libraries say so with an exception.
            diagnostics.Add(DiagnosticCatalog.WorkbookUnreadable(SourceSpan.None(path), path, e.Message.TrimEnd('.')));
            return null;
        }

        return new Reader(path, diagnostics).Read(sheets);
    }

    private static List<WorkbookSheet> Sheets(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("it has no workbook part");
        var styles = WorkbookSheet.Styles(workbook.WorkbookStylesPart);
        var result = new List<WorkbookSheet>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                result.Add(WorkbookSheet.Read(path, sheet.Name?.Value ?? "", part, workbook.SharedStringTablePart, styles));
            }
        }

        return result;
    }

    /// <summary>Reads the sheets of one workbook into a document.</summary>
    private sealed class Reader(string path, DiagnosticBag diagnostics)
    {
        private static readonly string[] AnswerColumns = ["answer", "source", "page", "comment", "function"];

        private readonly Dictionary<string, DocumentText> _pack = new(StringComparer.Ordinal);
        private readonly List<DocumentEntry> _entries = [];
        private readonly Dictionary<string, SourceSpan> _seen = new(StringComparer.Ordinal);
        private readonly List<DocumentNote> _notes = [];
        private readonly Dictionary<string, ListValue> _lists = new(StringComparer.Ordinal);

        public EvidenceDocument Read(List<WorkbookSheet> sheets)
        {
            foreach (var sheet in sheets)
            {
                if (IsHeaderRow(sheet, QuestionnaireLayout.CoverColumns))
                {
                    ReadCover(sheet);
                }
                else if (IsHeaderRow(sheet, QuestionnaireLayout.ItemColumns))
                {
                    ReadItems(sheet);
                }
                else if (KeyPattern().IsMatch(sheet[QuestionnaireLayout.TitleRow, 1]) && sheet[QuestionnaireLayout.HeaderRow, 1].Length > 0)
                {
                    ReadList(sheet);
                }
                else
                {
                    diagnostics.Add(DiagnosticCatalog.WorkbookUnknownSheet(sheet.At(1, 1), sheet.Name));
                }
            }

            var entries = _entries.Select(WithList).ToList();
            foreach (var (key, list) in _lists.Where(l => !_seen.ContainsKey(l.Key) && l.Value.Items.Length > 0))
            {
                // A list sheet whose item row was deleted still gives its records.
                entries.Add(new DocumentEntry(new DocumentText(list.Span, key), list, null, null));
            }

            DocumentInstitution? institution = null;
            var id = _pack.GetValueOrDefault("institution.id");
            var name = _pack.GetValueOrDefault("institution.name");
            var country = _pack.GetValueOrDefault("institution.country");
            if (id is not null || name is not null || country is not null)
            {
                institution = new DocumentInstitution((id ?? name ?? country)!.Span, id, name, country);
            }

            return new EvidenceDocument(
                path, SourceSpan.None(path), institution, _pack.GetValueOrDefault("period"), _pack.GetValueOrDefault("date"),
                _pack.GetValueOrDefault("assessment"), _pack.GetValueOrDefault("assessor"), [.. entries], [])
            {
                Notes = [.. _notes],
            };
        }

        /// <summary>
        /// Whether row 2 holds the given headers. The first header decides which kind of sheet it is;
        /// then every other header must be in its place, shown, and not renamed.
        /// </summary>
        private bool IsHeaderRow(WorkbookSheet sheet, IReadOnlyList<string> columns)
        {
            var row = QuestionnaireLayout.HeaderRow;
            if (!QuestionnaireLayout.IsHeader(sheet[row, 1], columns[0]))
            {
                return false;
            }

            for (var c = 1; c <= columns.Count; c++)
            {
                var expected = QuestionnaireLayout.Label(columns[c - 1], "en");
                if (!QuestionnaireLayout.IsHeader(sheet[row, c], columns[c - 1]))
                {
                    diagnostics.Add(DiagnosticCatalog.WorkbookColumnChanged(sheet.At(row, c), expected, sheet[row, c]));
                }
                else if (sheet.HiddenColumns.Contains(c))
                {
                    diagnostics.Add(DiagnosticCatalog.WorkbookColumnHidden(sheet.At(row, c), SourceSpan.ColumnName(c), sheet[row, c]));
                }
            }

            return true;
        }

        private void ReadCover(WorkbookSheet sheet)
        {
            foreach (var row in sheet.Rows.Where(r => r >= QuestionnaireLayout.FirstAnswerRow))
            {
                if (sheet.Text(row, 1) is not { } field)
                {
                    continue;
                }

                if (!QuestionnaireLayout.CoverFields.Contains(field.Text))
                {
                    diagnostics.Add(DiagnosticCatalog.CsvUnknownPackField(field.Span, field.Text, string.Join(", ", QuestionnaireLayout.CoverFields), Suggestions.Closest(field.Text, QuestionnaireLayout.CoverFields)));
                }
                else if (sheet.Text(row, 3) is { } value)
                {
                    _pack[field.Text] = value;
                }
            }
        }

        private void ReadItems(WorkbookSheet sheet)
        {
            int Col(string code) => QuestionnaireLayout.Column(code);
            foreach (var row in sheet.Rows.Where(r => r >= QuestionnaireLayout.FirstAnswerRow))
            {
                var first = sheet[row, 1];
                if (first.StartsWith(QuestionnaireLayout.IndicatorMark, StringComparison.Ordinal))
                {
                    if (sheet.Text(row, Col("comment")) is { } note)
                    {
                        _notes.Add(new DocumentNote(new DocumentText(sheet.At(row, 1), first[QuestionnaireLayout.IndicatorMark.Length..].Trim()), note));
                    }

                    continue;
                }

                var answered = AnswerColumns.Any(c => sheet[row, Col(c)].Length > 0);
                if (first.Length == 0 || !answered)
                {
                    // A heading (standard, practice) or a question not answered yet.
                    continue;
                }

                var key = new DocumentText(sheet.At(row, 1), first);
                if (_seen.TryGetValue(key.Text, out var earlier))
                {
                    diagnostics.Add(DiagnosticCatalog.WorkbookDuplicateKey(key.Span, key.Text, earlier.ToString()));
                    continue;
                }

                _seen[key.Text] = key.Span;
                DocumentValue value = sheet.Text(row, Col("answer")) is { } answer ? Scalar(answer) : new NullValue(sheet.At(row, Col("answer")));
                var document = sheet.Text(row, Col("source"));
                var page = sheet.Text(row, Col("page"));
                var source = document is null && page is null ? null : new DocumentSource(document, page, null, null, null, null);
                _entries.Add(new DocumentEntry(key, value, source, sheet.Text(row, Col("comment"))) { Function = sheet.Text(row, Col("function")) });
            }
        }

        /// <summary>A list sheet: the key in A1, field names in row 2, one record per row below.</summary>
        private void ReadList(WorkbookSheet sheet)
        {
            var key = sheet[QuestionnaireLayout.TitleRow, 1];
            var last = sheet.LastColumn(QuestionnaireLayout.HeaderRow);
            var fields = Enumerable.Range(1, last).Select(c => sheet.Text(QuestionnaireLayout.HeaderRow, c)).ToList();
            var records = ImmutableArray.CreateBuilder<DocumentValue>();
            foreach (var row in sheet.Rows.Where(r => r >= QuestionnaireLayout.FirstAnswerRow))
            {
                var values = ImmutableArray.CreateBuilder<DocumentField>();
                for (var c = 1; c <= fields.Count; c++)
                {
                    if (fields[c - 1] is not { } name)
                    {
                        if (sheet[row, c].Length > 0)
                        {
                            diagnostics.Add(DiagnosticCatalog.WorkbookColumnChanged(sheet.At(QuestionnaireLayout.HeaderRow, c), "a field name", ""));
                        }

                        continue;
                    }

                    values.Add(new DocumentField(name, sheet.Text(row, c) is { } cell ? Scalar(cell) : new NullValue(sheet.At(row, c))));
                }

                if (sheet.LastColumn(row) > fields.Count)
                {
                    diagnostics.Add(DiagnosticCatalog.WorkbookColumnChanged(sheet.At(QuestionnaireLayout.HeaderRow, fields.Count + 1), "a field name", ""));
                }

                records.Add(new RecordValue(sheet.At(row, 1), values.ToImmutable()));
            }

            foreach (var c in sheet.HiddenColumns.Where(c => c <= fields.Count && fields[c - 1] is not null).Order())
            {
                diagnostics.Add(DiagnosticCatalog.WorkbookColumnHidden(sheet.At(QuestionnaireLayout.HeaderRow, c), SourceSpan.ColumnName(c), fields[c - 1]!.Text));
            }

            if (_lists.TryGetValue(key, out var earlier))
            {
                diagnostics.Add(DiagnosticCatalog.WorkbookDuplicateKey(sheet.At(1, 1), key, earlier.Span.ToString()));
                return;
            }

            _lists[key] = new ListValue(sheet.At(1, 1), records.ToImmutable());
        }

        /// <summary>
        /// A list item's row says 'listed' (records on its sheet) or 'none' (an empty list); with
        /// records on its sheet, the records are the value whatever the row says.
        /// </summary>
        private DocumentEntry WithList(DocumentEntry entry)
        {
            if (!_lists.TryGetValue(entry.Key.Text, out var list))
            {
                return entry;
            }

            var answer = entry.Value as ScalarValue;
            DocumentValue value = list.Items.Length > 0 || (answer is not null && QuestionnaireLayout.IsNone(answer.Text))
                ? list
                : new NullValue(entry.Value?.Span ?? list.Span);
            return entry with { Value = value };
        }

        private static ScalarValue Scalar(DocumentText text) => new(text.Span, text.Text) { YesNo = QuestionnaireLayout.ReadYesNo(text.Text) };
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)+$")]
    private static partial Regex KeyPattern();
}
