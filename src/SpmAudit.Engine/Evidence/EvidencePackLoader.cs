using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Engine.Evidence;

/// <summary>
/// Reads an evidence pack and checks every value against the ruleset's evidence dictionary.
/// The file is only read, never written. All problems of a pack are reported in one run.
/// </summary>
public sealed partial class EvidencePackLoader
{
    private static readonly string[] TopLevelFields = ["institution", "period", "date", "assessment", "assessor", "overrides", "evidence"];
    private static readonly string[] EntryFields = ["value", "source", "comment"];
    private static readonly string[] SourceFields = ["document", "page", "interview", "mis", "observation", "date"];

    private readonly Ruleset _ruleset;
    private readonly DiagnosticBag _diagnostics;
    private readonly YamlShape _shape;

    private EvidencePackLoader(Ruleset ruleset, DiagnosticBag diagnostics)
    {
        _ruleset = ruleset;
        _diagnostics = diagnostics;
        _shape = new YamlShape(diagnostics);
    }

    public static EvidencePack? Load(string path, Ruleset ruleset, DiagnosticBag diagnostics, string? displayPath = null)
    {
        var display = displayPath ?? path;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound(SourceSpan.None(display), display));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(SourceSpan.None(display), display, e.Message));
            return null;
        }

        return Parse(display, bytes, ruleset, diagnostics);
    }

    public static EvidencePack? Parse(string path, byte[] bytes, Ruleset ruleset, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        var document = YamlDocumentReader.Read(path, SpmAudit.Language.Parsing.SourceText.Decode(bytes), diagnostics);
        if (document is null)
        {
            if (diagnostics.ErrorCount == before)
            {
                diagnostics.Add(DiagnosticCatalog.MissingInstitution(new SourceSpan(path, 1, 1), "id"));
            }

            return null;
        }

        var pack = new EvidencePackLoader(ruleset, diagnostics).Read(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), document);
        return diagnostics.ErrorCount > before ? null : pack;
    }

    private EvidencePack? Read(string path, string sha256, YamlNode document)
    {
        if (_shape.Mapping(document, "an evidence pack") is not { } root)
        {
            return null;
        }

        _shape.AllowOnly(root, "an evidence pack", TopLevelFields);
        var institution = ReadInstitution(root);
        var assessment = ReadAssessmentType(root["assessment"]);
        var items = ImmutableDictionary.CreateBuilder<string, EvidenceEntry>(StringComparer.Ordinal);
        foreach (var (key, value) in _shape.Mapping(root["evidence"], "'evidence'")?.Entries ?? [])
        {
            if (_ruleset.FindEvidence(key.Value) is not { } item)
            {
                var suggestion = Suggestions.Closest(key.Value, _ruleset.Evidence.Select(e => e.Key));
                _diagnostics.Add(DiagnosticCatalog.UnknownEvidenceKey(key.Span, key.Value, suggestion));
                continue;
            }

            if (ReadEntry(item, key, value) is { } entry)
            {
                items[item.Key] = entry;
            }
        }

        return institution is null
            ? null
            : new EvidencePack(
                path, sha256, institution, _shape.Text(root["period"], "'period'"), _shape.Date(root["date"], "'date'"),
                assessment, _shape.Text(root["assessor"], "'assessor'"), items.ToImmutable())
            {
                Override = ReadOverrides(root["overrides"]),
            };
    }

    private Institution? ReadInstitution(YamlMapping root)
    {
        if (root["institution"] is null)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingInstitution(root.Span, "id"));
            return null;
        }

        if (_shape.Mapping(root["institution"], "'institution'") is not { } institution)
        {
            return null;
        }

        _shape.AllowOnly(institution, "'institution'", "id", "name", "country");
        var id = _shape.Text(institution["id"], "'id'");
        var name = _shape.Text(institution["name"], "'name'");
        if (id is null || name is null)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingInstitution(institution.Span, id is null ? "id" : "name"));
            return null;
        }

        return new Institution(id, name, _shape.Text(institution["country"], "'country'"));
    }

    private AssessmentType ReadAssessmentType(YamlNode? node)
    {
        var text = _shape.Text(node, "'assessment'");
        switch (text)
        {
            case null or "self-assessment":
                return AssessmentType.SelfAssessment;
            case "accompanied-self-assessment":
                return AssessmentType.AccompaniedSelfAssessment;
            case "external-audit":
                return AssessmentType.ExternalAudit;
            default:
                _diagnostics.Add(DiagnosticCatalog.UnknownAssessmentType(node!.Span, text));
                return AssessmentType.SelfAssessment;
        }
    }

    private EvidenceEntry? ReadEntry(EvidenceItem item, YamlScalar key, YamlNode node)
    {
        // A mapping is always the long form {value, source, comment}: lists of records are sequences.
        if (node is YamlMapping entry)
        {
            _shape.AllowOnly(entry, $"evidence '{key.Value}'", EntryFields);
            var valueNode = entry["value"];
            var value = valueNode is null ? null : ReadValue(item, valueNode);
            return new EvidenceEntry(item.Key, value, Text(valueNode), ReadSource(entry["source"]), _shape.Text(entry["comment"], "'comment'"), key.Span);
        }

        return new EvidenceEntry(item.Key, ReadValue(item, node), Text(node), null, null, key.Span);
    }

    /// <summary>Overrides are recorded per ruleset: a pack audited against several rulesets carries one for each decision.</summary>
    private GradeOverride? ReadOverrides(YamlNode? node)
    {
        GradeOverride? result = null;
        foreach (var item in _shape.Sequence(node, "'overrides'")?.Items ?? [])
        {
            if (_shape.Mapping(item, "an override") is { } entry && _shape.Required(entry, "ruleset", "an override") is { } ruleset)
            {
                _shape.AllowOnly(entry, "an override", "ruleset", "grade", "notches", "reason", "by");
                if (ruleset == _ruleset.Info.Id)
                {
                    result = ReadOverride(entry) ?? result;
                }
            }
        }

        return result;
    }

    private GradeOverride? ReadOverride(YamlMapping entry)
    {
        var grade = _shape.Text(entry["grade"], "'grade'");
        var notches = _shape.Number(entry["notches"], "'notches'");
        var reason = _shape.Text(entry["reason"], "'reason'");
        if ((grade is null) == (notches is null) || notches is { } n && (n == 0 || decimal.Truncate(n) != n))
        {
            _diagnostics.Add(DiagnosticCatalog.OverrideShape(entry.Span));
            return null;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            _diagnostics.Add(DiagnosticCatalog.OverrideWithoutReason(entry.Span));
            return null;
        }

        if (grade is not null && _ruleset.Grades.IndexOf(grade) < 0)
        {
            var suggestion = Suggestions.Closest(grade, _ruleset.Grades.Bands.Select(b => b.Grade));
            _diagnostics.Add(DiagnosticCatalog.OverrideUnknownGrade(entry["grade"]!.Span, grade, suggestion));
            return null;
        }

        return new GradeOverride(grade, notches is { } k ? (int)k : null, reason, _shape.Text(entry["by"], "'by'"), entry.Span);
    }

    private EvidenceSource? ReadSource(YamlNode? node)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return new EvidenceSource(scalar.Value, null, null, null, null, null);
        }

        if (_shape.Mapping(node, "'source'") is not { } source)
        {
            return null;
        }

        _shape.AllowOnly(source, "'source'", SourceFields);
        return new EvidenceSource(
            _shape.Text(source["document"], "'document'"), _shape.Text(source["page"], "'page'"), _shape.Text(source["interview"], "'interview'"),
            _shape.Text(source["mis"], "'mis'"), _shape.Text(source["observation"], "'observation'"), _shape.Text(source["date"], "'date'"));
    }

    private static string Text(YamlNode? node) => node switch
    {
        YamlScalar s => s.IsNull ? "null" : s.Value,
        YamlSequence q => $"{q.Items.Length} record(s)",
        _ => "",
    };
}
