using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing.Yaml;

public sealed partial class YamlRulesetParser
{
    private static readonly string[] NodeFields = ["title", "weight", "critical", "required", "guidance", "applies", "let", "score", "children"];

    private ImmutableArray<EvidenceItemSyntax> ReadEvidence(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<EvidenceItemSyntax>();
        foreach (var (key, value) in _shape.Mapping(node, "'evidence'")?.Entries ?? [])
        {
            var where = $"evidence item '{key.Value}'";
            Check(key, key.Value, IdentifierKind.Key);
            if (_shape.Mapping(value, where) is not { } item)
            {
                continue;
            }

            _shape.AllowOnly(item, where, "type", "question", "unit", "min", "max", "required", "valid_for", "formerly");
            if (_shape.Scalar(item["type"], "'type'") is not { } typeText)
            {
                _diagnostics.Add(DiagnosticCatalog.MissingField(item.Span, "type", where));
                continue;
            }

            if (TypeTextParser.Parse(typeText, _diagnostics, this) is not { } type)
            {
                continue;
            }

            result.Add(new EvidenceItemSyntax(
                key.Span, key.Value, type, _shape.Text(item["question"], "'question'"), _shape.Text(item["unit"], "'unit'"),
                _shape.Number(item["min"], "'min'"), _shape.Number(item["max"], "'max'"))
            {
                Required = Requirement(item["required"]),
                ValidFor = Freshness(item["valid_for"]),
                Formerly = Formerly(item["formerly"]),
            });
        }

        return result.ToImmutable();
    }

    /// <summary>'required: true' (every assessment) or 'required: [external-audit]'; false or absent is not required.</summary>
    private RequiredSyntax? Requirement(YamlNode? node)
    {
        if (node is YamlSequence sequence)
        {
            return new RequiredSyntax(sequence.Span, [.. sequence.Items.Select(i => _shape.Text(i, "an assessment type")).OfType<string>()]);
        }

        return node is null || _shape.Boolean(node, "'required' (true, or a list of assessment types)") != true ? null : new RequiredSyntax(node.Span, []);
    }

    /// <summary>'formerly: { old.key: { old_choice: new_choice } }'; an old key without renamed choices maps to {}.</summary>
    private ImmutableArray<FormerKeySyntax> Formerly(YamlNode? node) =>
        [.. (_shape.Mapping(node, "'formerly'")?.Entries ?? []).Select(entry => new FormerKeySyntax(
            entry.Key.Span,
            entry.Key.Value,
            [.. (_shape.Mapping(entry.Value, $"the choices of former key '{entry.Key.Value}'")?.Entries ?? [])
                .Select(c => _shape.Text(c.Value, "a choice") is { } to ? new ChoiceRenameSyntax(c.Key.Span, c.Key.Value, to) : null)
                .OfType<ChoiceRenameSyntax>()]))];

    /// <summary>'valid_for: 24 months' (or years).</summary>
    private FreshnessSyntax? Freshness(YamlNode? node)
    {
        if (_shape.Scalar(node, "'valid_for'") is not { IsNull: false } scalar)
        {
            return null;
        }

        var words = scalar.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !YamlShape.TryNumber(words[0], out var amount) || words[0].EndsWith('%'))
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidScalar(scalar.Span, scalar.Value, "a duration such as '24 months' or '2 years' for 'valid_for'"));
            return null;
        }

        return new FreshnessSyntax(scalar.Span, amount, words[1]);
    }

    private ImmutableArray<NodeSyntax> ReadNodes(YamlNode? node) =>
        [.. (_shape.Sequence(node, "'nodes'")?.Items ?? []).Select(ReadNode).OfType<NodeSyntax>()];

    /// <summary>A node names its level by its one key outside <see cref="NodeFields"/>: <c>- standard: 1A</c>.</summary>
    private NodeSyntax? ReadNode(YamlNode item)
    {
        if (_shape.Mapping(item, "a node") is not { } node)
        {
            return null;
        }

        var extraKeys = node.Entries.Where(e => !NodeFields.Contains(e.Key.Value, StringComparer.Ordinal)).ToList();
        var levelKeys = extraKeys.Count == 1 ? extraKeys : extraKeys.Where(e => _levels.Contains(e.Key.Value)).ToList();
        if (levelKeys.Count != 1)
        {
            _diagnostics.Add(DiagnosticCatalog.AmbiguousNodeKind(node.Span, "the ruleset's level names (for instance 'indicator: 1.A.1.1')"));
            return null;
        }

        foreach (var (key, _) in extraKeys.Where(e => e.Key != levelKeys[0].Key))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownField(key.Span, key.Value, "a node", Suggestions.Closest(key.Value, NodeFields)));
        }

        var (levelKey, idNode) = levelKeys[0];
        var id = _shape.Text(idNode, $"the id of a {levelKey.Value}") ?? "";
        var where = $"{levelKey.Value} '{id}'";
        if (id.Contains(' ', StringComparison.Ordinal))
        {
            _diagnostics.Add(DiagnosticCatalog.SpaceInNodeId(idNode.Span, id));
        }
        else if (idNode is YamlScalar idScalar && id.Length > 0)
        {
            Check(idScalar, id, IdentifierKind.Id);
        }

        ImmutableArray<ScoreRuleSyntax>? score = null;
        if (_shape.Mapping(node["score"], "'score'") is { } scoreMap)
        {
            score = [.. scoreMap.Entries
                .Select(e => (e.Key, Condition: Expression(e.Value, $"the '{e.Key.Value}' rule")))
                .Where(e => e.Condition is not null)
                .Select(e => new ScoreRuleSyntax(e.Key.Span, e.Key.Value, e.Condition!))];
        }

        var lets = (_shape.Mapping(node["let"], "'let'")?.Entries ?? [])
            .Select(e => (Key: Name(e.Key), Value: Expression(e.Value, $"let '{e.Key.Value}'")))
            .Where(e => e.Value is not null)
            .Select(e => new LetSyntax(e.Key.Span, e.Key.Value, e.Value!))
            .ToImmutableArray();

        return new NodeSyntax(
            levelKey.Span,
            levelKey.Value,
            id,
            _shape.Required(node, "title", where) ?? "",
            _shape.Number(node["weight"], "'weight'"),
            _shape.Boolean(node["critical"], "'critical'") ?? false,
            _shape.Text(node["guidance"], "'guidance'"),
            Expression(node["applies"], "'applies'"),
            lets,
            score,
            ReadChildren(node["children"]))
        {
            Required = Requirement(node["required"]),
        };
    }

    /// <summary>'extend: [ { parent: 5.A.3, nodes: [ … ] } ]'.</summary>
    private ImmutableArray<ExtensionSyntax> ReadExtensions(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<ExtensionSyntax>();
        foreach (var item in _shape.Sequence(node, "'extend'")?.Items ?? [])
        {
            if (_shape.Mapping(item, "an extension") is not { } extension)
            {
                continue;
            }

            _shape.AllowOnly(extension, "an extension", "parent", "nodes");
            if (_shape.Required(extension, "parent", "an extension") is { } parent)
            {
                Check((YamlScalar)extension["parent"]!, parent, IdentifierKind.Id);
                result.Add(new ExtensionSyntax(extension.Span, parent, ReadNodes(extension["nodes"])));
            }
        }

        return result.ToImmutable();
    }

    private YamlScalar Name(YamlScalar key)
    {
        Check(key, key.Value, IdentifierKind.Name);
        return key;
    }

    private ImmutableArray<NodeSyntax> ReadChildren(YamlNode? node) =>
        [.. (_shape.Sequence(node, "'children'")?.Items ?? []).Select(ReadNode).OfType<NodeSyntax>()];
}
