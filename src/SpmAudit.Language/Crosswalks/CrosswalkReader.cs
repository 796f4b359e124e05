using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Language.Crosswalks;

/// <summary>
/// Reads a crosswalk file (YAML) strictly, with positions. What can be checked without the two
/// rulesets is checked here (shape, relations, conversions, pairs mapped twice);
/// <see cref="CrosswalkChecker"/> checks the ids and keys against the rulesets.
/// </summary>
public static class CrosswalkReader
{
    private static readonly string[] TopLevel = ["crosswalk", "indicators", "evidence"];

    public static Crosswalk? Read(string path, string display, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return InputText.Read(path, display, SourceSpan.None(display), diagnostics) is { } text ? Parse(text, display, diagnostics) : null;
    }

    public static Crosswalk? Parse(string text, string display, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var before = diagnostics.ErrorCount;
        if (YamlDocumentReader.Read(display, text, diagnostics) is not { } node)
        {
            return null;
        }

        if (node is not YamlMapping root || root["crosswalk"] is not YamlMapping header)
        {
            diagnostics.Add(DiagnosticCatalog.NotACrosswalk(node.Span, display));
            return null;
        }

        var shape = new YamlShape(diagnostics);
        shape.AllowOnly(root, "a crosswalk", TopLevel);
        shape.AllowOnly(header, "'crosswalk'", "title", "from", "to");
        var from = Side(shape, header, "from");
        var to = Side(shape, header, "to");
        var indicators = Indicators(shape, root["indicators"]);
        var evidence = Evidence(shape, root["evidence"]);
        if (from is null || to is null || diagnostics.ErrorCount > before)
        {
            return null;
        }

        return new Crosswalk(display, shape.Text(header["title"], "'title'"), from, to, indicators, evidence);
    }

    private static CrosswalkSide? Side(YamlShape shape, YamlMapping header, string name)
    {
        if (header[name] is null)
        {
            shape.Diagnostics.Add(DiagnosticCatalog.MissingField(header.Span, name, "'crosswalk'"));
            return null;
        }

        if (shape.Mapping(header[name], $"'{name}'") is not { } side)
        {
            return null;
        }

        shape.AllowOnly(side, $"'{name}'", "ruleset", "version");
        var ruleset = shape.Required(side, "ruleset", $"'{name}'");
        var version = shape.Required(side, "version", $"'{name}'");
        if (version is not null && Distribution.VersionSpec.Parse(version) is null)
        {
            shape.Diagnostics.Add(DiagnosticCatalog.CrosswalkBadConversion(side["version"]!.Span, $"'{version}' is not a version (3, 3.1 or 3.1.0)"));
            return null;
        }

        return ruleset is null || version is null ? null : new CrosswalkSide(ruleset, version, side.Span);
    }

    private static ImmutableArray<IndicatorMapping> Indicators(YamlShape shape, YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<IndicatorMapping>();
        var seen = new Dictionary<(string, string), SourceSpan>();
        foreach (var item in shape.Sequence(node, "'indicators'")?.Items ?? [])
        {
            if (shape.Mapping(item, "an indicator mapping") is not { } mapping)
            {
                continue;
            }

            shape.AllowOnly(mapping, "an indicator mapping", "from", "to", "relation", "note");
            var (from, to) = (shape.Required(mapping, "from", "an indicator mapping"), shape.Required(mapping, "to", "an indicator mapping"));
            var relationText = shape.Required(mapping, "relation", "an indicator mapping");
            if (from is null || to is null || relationText is null)
            {
                continue;
            }

            if (Relation(relationText) is not { } relation)
            {
                shape.Diagnostics.Add(DiagnosticCatalog.CrosswalkUnknownRelation(mapping["relation"]!.Span, relationText));
                continue;
            }

            if (!seen.TryAdd((from, to), mapping.Span))
            {
                shape.Diagnostics.Add(DiagnosticCatalog.CrosswalkDuplicateMapping(mapping.Span, $"'{from}' → '{to}'", seen[(from, to)]));
                continue;
            }

            result.Add(new IndicatorMapping(from, to, relation, shape.Text(mapping["note"], "'note'"), mapping.Span));
        }

        return result.ToImmutable();
    }

    private static MappingRelation? Relation(string text) => text switch
    {
        "equivalent" => MappingRelation.Equivalent,
        "broader" => MappingRelation.Broader,
        "narrower" => MappingRelation.Narrower,
        "related" => MappingRelation.Related,
        _ => null,
    };

    private static ImmutableArray<EvidenceMapping> Evidence(YamlShape shape, YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<EvidenceMapping>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in shape.Sequence(node, "'evidence'")?.Items ?? [])
        {
            if (shape.Mapping(item, "an evidence mapping") is not { } mapping)
            {
                continue;
            }

            shape.AllowOnly(mapping, "an evidence mapping", "from", "to", "scale", "values");
            var (from, to) = (shape.Required(mapping, "from", "an evidence mapping"), shape.Required(mapping, "to", "an evidence mapping"));
            if (from is null || to is null || Conversion(shape, mapping) is not { } conversion)
            {
                continue;
            }

            // A key of the target is read from one source; two mappings into it could disagree.
            if (!seen.TryAdd(to, mapping.Span))
            {
                shape.Diagnostics.Add(DiagnosticCatalog.CrosswalkDuplicateMapping(mapping.Span, $"Key '{to}'", seen[to]));
                continue;
            }

            result.Add(new EvidenceMapping(from, to, conversion, mapping.Span));
        }

        return result.ToImmutable();
    }

    private static EvidenceConversion? Conversion(YamlShape shape, YamlMapping mapping)
    {
        if (mapping["scale"] is { } scaleNode && mapping["values"] is not null)
        {
            shape.Diagnostics.Add(DiagnosticCatalog.CrosswalkBadConversion(scaleNode.Span, "a mapping gives either 'scale' (a factor) or 'values' (a table of choices), not both"));
            return null;
        }

        if (mapping["scale"] is { } factorNode)
        {
            return shape.Number(factorNode, "'scale'") is { } factor && factor != 0
                ? new EvidenceConversion(factor, ImmutableDictionary<string, string>.Empty)
                : Bad(shape, factorNode.Span, "'scale' is a factor other than 0");
        }

        if (mapping["values"] is { } valuesNode)
        {
            var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in shape.Mapping(valuesNode, "'values'")?.Entries ?? [])
            {
                if (shape.Text(value, "a choice") is { } target)
                {
                    values[key.Value] = target;
                }
            }

            return values.Count == 0 ? Bad(shape, valuesNode.Span, "'values' maps at least one choice") : new EvidenceConversion(null, values.ToImmutable());
        }

        return EvidenceConversion.Rename;
    }

    private static EvidenceConversion? Bad(YamlShape shape, SourceSpan span, string problem)
    {
        shape.Diagnostics.Add(DiagnosticCatalog.CrosswalkBadConversion(span, problem));
        return null;
    }
}
