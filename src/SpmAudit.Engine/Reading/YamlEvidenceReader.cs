using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Parsing;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Engine.Reading;

/// <summary>
/// Evidence packs in YAML (and JSON, which is YAML): checks the file's structure (mappings where
/// mappings belong, known fields, SPM2xxx) and hands the values on as text with their positions.
/// </summary>
public sealed class YamlEvidenceReader : IEvidenceReader
{
    private static readonly string[] TopLevelFields = ["institution", "period", "date", "assessment", "assessor", "overrides", "notes", "evidence", "data"];
    private static readonly string[] EntryFields = ["value", "source", "comment", "function"];
    private static readonly string[] SourceFields = ["document", "page", "interview", "mis", "observation", "date"];
    private static readonly string[] OverrideFields = ["ruleset", "grade", "notches", "reason", "by"];

    public string Format => "YAML";

    public EvidenceDocument? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        if (SourceText.Decode(bytes, path, diagnostics) is not { } text)
        {
            return null;
        }

        var node = YamlDocumentReader.Read(path, text, diagnostics);
        if (node is null)
        {
            // An empty file is a pack without an institution; a broken one has its syntax errors.
            return diagnostics.ErrorCount > before ? null : new EvidenceDocument(path, new SourceSpan(path, 1, 1), null, null, null, null, null, [], []);
        }

        return Read(path, node, diagnostics);
    }

    /// <summary>A pack written inside another YAML file (a ruleset's test case), with the positions of that file.</summary>
    public static EvidenceDocument? Read(string path, YamlNode node, DiagnosticBag diagnostics)
    {
        var shape = new YamlShape(diagnostics);
        if (shape.Mapping(node, "an evidence pack") is not { } root)
        {
            return null;
        }

        shape.AllowOnly(root, "an evidence pack", TopLevelFields);
        return new EvidenceDocument(
            path,
            root.Span,
            Institution(shape, root["institution"]),
            Text(shape, root["period"], "'period'"),
            Text(shape, root["date"], "'date'"),
            Text(shape, root["assessment"], "'assessment'"),
            Text(shape, root["assessor"], "'assessor'"),
            Entries(shape, root["evidence"]),
            Overrides(shape, root["overrides"]))
        {
            Notes = Notes(shape, root["notes"]),
            Data = Data(shape, root["data"]),
        };
    }

    /// <summary>'data: { period: { from: 2025-01-01, to: 2025-12-31 }, tables: { loans: data/loans.csv } }'.</summary>
    private static DocumentData? Data(YamlShape shape, YamlNode? node)
    {
        if (shape.Mapping(node, "'data'") is not { } data)
        {
            return null;
        }

        shape.AllowOnly(data, "'data'", "period", "tables");
        var period = shape.Mapping(data["period"], "'period'");
        if (period is not null)
        {
            shape.AllowOnly(period, "'period'", "from", "to");
        }

        var tables = (shape.Mapping(data["tables"], "'tables'")?.Entries ?? [])
            .Select(e => (Name: new DocumentText(e.Key.Span, e.Key.Value), Path: Text(shape, e.Value, $"the file of table '{e.Key.Value}'")))
            .Where(t => t.Path is not null)
            .Select(t => new DocumentTable(t.Name, t.Path!))
            .ToImmutableArray();
        return new DocumentData(data.Span, Text(shape, period?["from"], "'from'"), Text(shape, period?["to"], "'to'"), tables);
    }

    /// <summary>'notes: { 1.A.1.1: "text" }': a free note per indicator.</summary>
    private static ImmutableArray<DocumentNote> Notes(YamlShape shape, YamlNode? node) =>
        [.. (shape.Mapping(node, "'notes'")?.Entries ?? [])
            .Select(e => (Id: new DocumentText(e.Key.Span, e.Key.Value), Text: Text(shape, e.Value, $"the note of '{e.Key.Value}'")))
            .Where(n => n.Text is not null)
            .Select(n => new DocumentNote(n.Id, n.Text!))];

    private static DocumentInstitution? Institution(YamlShape shape, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (shape.Mapping(node, "'institution'") is not { } institution)
        {
            return new DocumentInstitution(node.Span, null, null, null, Malformed: true);
        }

        shape.AllowOnly(institution, "'institution'", "id", "name", "country");
        return new DocumentInstitution(
            institution.Span, Text(shape, institution["id"], "'id'"), Text(shape, institution["name"], "'name'"), Text(shape, institution["country"], "'country'"));
    }

    private static ImmutableArray<DocumentEntry> Entries(YamlShape shape, YamlNode? node)
    {
        var entries = ImmutableArray.CreateBuilder<DocumentEntry>();
        foreach (var (key, value) in shape.Mapping(node, "'evidence'")?.Entries ?? [])
        {
            var keyText = new DocumentText(key.Span, key.Value);

            // A mapping is always the long form {value, source, comment}: lists of records are sequences.
            if (value is YamlMapping entry)
            {
                shape.AllowOnly(entry, $"evidence '{key.Value}'", EntryFields);
                entries.Add(new DocumentEntry(
                    keyText, entry["value"] is { } valueNode ? Value(valueNode) : null, Source(shape, entry["source"]), Text(shape, entry["comment"], "'comment'"))
                {
                    Function = Text(shape, entry["function"], "'function'"),
                });
            }
            else
            {
                entries.Add(new DocumentEntry(keyText, Value(value), null, null));
            }
        }

        return entries.ToImmutable();
    }

    private static DocumentValue Value(YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } scalar => new NullValue(scalar.Span),
        YamlScalar scalar => new ScalarValue(scalar.Span, scalar.Value),
        YamlSequence sequence => new ListValue(sequence.Span, [.. sequence.Items.Select(Value)]),
        YamlMapping mapping => new RecordValue(mapping.Span, [.. mapping.Entries.Select(e => new DocumentField(new DocumentText(e.Key.Span, e.Key.Value), Value(e.Value)))]),
        _ => throw new InvalidOperationException($"Unknown YAML node {node.GetType().Name}."),
    };

    private static DocumentSource? Source(YamlShape shape, YamlNode? node)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return new DocumentSource(new DocumentText(scalar.Span, scalar.Value), null, null, null, null, null);
        }

        if (shape.Mapping(node, "'source'") is not { } source)
        {
            return null;
        }

        shape.AllowOnly(source, "'source'", SourceFields);
        return new DocumentSource(
            Text(shape, source["document"], "'document'"), Text(shape, source["page"], "'page'"), Text(shape, source["interview"], "'interview'"),
            Text(shape, source["mis"], "'mis'"), Text(shape, source["observation"], "'observation'"), Text(shape, source["date"], "'date'"));
    }

    private static ImmutableArray<DocumentOverride> Overrides(YamlShape shape, YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<DocumentOverride>();
        foreach (var item in shape.Sequence(node, "'overrides'")?.Items ?? [])
        {
            if (shape.Mapping(item, "an override") is not { } entry)
            {
                continue;
            }

            shape.AllowOnly(entry, "an override", OverrideFields);
            result.Add(new DocumentOverride(
                entry.Span, Text(shape, entry["ruleset"], "'ruleset'"), Text(shape, entry["grade"], "'grade'"), Text(shape, entry["notches"], "'notches'"),
                Text(shape, entry["reason"], "'reason'"), Text(shape, entry["by"], "'by'")));
        }

        return result.ToImmutable();
    }

    private static DocumentText? Text(YamlShape shape, YamlNode? node, string where) =>
        shape.Scalar(node, where) is { IsNull: false } scalar ? new DocumentText(scalar.Span, scalar.Value) : null;
}
