using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>
/// The YAML front end: a ruleset or module written in YAML becomes the same syntax records the
/// DSL produces. Rule expressions inside YAML strings go through the DSL's expression parser,
/// with positions shifted to where the string sits in the YAML file.
/// </summary>
public sealed partial class YamlRulesetParser
{
    private static readonly string[] TopLevelFields = ["ruleset", "imports", "parameters", "functions", "scale", "scoring", "grades", "certifications", "translations", "evidence", "nodes", "extend", "tables", "metrics", "scorecards"];

    private readonly string _path;
    private readonly YamlShape _shape;
    private readonly DiagnosticBag _diagnostics;
    private IReadOnlyCollection<string> _levels = Binding.Binder.DefaultLevels;

    private YamlRulesetParser(string path, DiagnosticBag diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
        _shape = new YamlShape(diagnostics);
    }

    /// <summary>Reads YAML fragments shaped like parts of a ruleset (grades, nodes, a rule expression), for profiles.</summary>
    internal static YamlRulesetParser ForFragments(string path, DiagnosticBag diagnostics, IReadOnlyCollection<string> levels) =>
        new(path, diagnostics) { _levels = levels };

    internal GradesSyntax? Grades(YamlNode node) => ReadGrades(node);

    internal ImmutableArray<NodeSyntax> Nodes(YamlNode? node) => ReadNodes(node);

    internal ExpressionSyntax? Rule(YamlNode? node, string where) => Expression(node, where);

    public static RulesetFileSyntax ParseFile(string path, string text, DiagnosticBag diagnostics)
    {
        var document = YamlDocumentReader.Read(path, text, diagnostics);
        return new YamlRulesetParser(path, diagnostics).Parse(document) with { Comments = [.. YamlCommentScanner.Scan(text)], BlankLines = RulesetFileSyntax.FindBlankLines(text) };
    }

    private RulesetFileSyntax Parse(YamlNode? document)
    {
        var root = document is null ? null : _shape.Mapping(document, "a ruleset file");
        if (root is null)
        {
            return new RulesetFileSyntax(_path, null, [], [], null, SourceSpan.None(_path), null, [], []);
        }

        _shape.AllowOnly(root, "a ruleset file", TopLevelFields);
        var header = ReadHeader(root["ruleset"]);
        if (header is { Levels.IsEmpty: false })
        {
            _levels = header.Levels;
        }

        var scale = root["scale"] is { } scaleNode ? ReadScale(scaleNode) : (ImmutableArray<ScaleEntrySyntax>?)null;
        return new RulesetFileSyntax(
            _path,
            header,
            ReadImports(root["imports"]),
            ReadParameters(root["parameters"]),
            scale,
            root["scale"]?.Span ?? SourceSpan.None(_path),
            root["grades"] is { } grades ? ReadGrades(grades) : null,
            ReadEvidence(root["evidence"]),
            ReadNodes(root["nodes"]))
        {
            Scoring = ReadScoring(root["scoring"]),
            ScoringSpan = root["scoring"]?.Span ?? SourceSpan.None(_path),
            Certifications = ReadCertifications(root["certifications"]),
            Translations = ReadTranslations(root["translations"]),
            Extensions = ReadExtensions(root["extend"]),
            Tables = ReadTables(root["tables"]),
            Metrics = ReadMetrics(root["metrics"]),
            Scorecards = ReadScorecards(root["scorecards"]),
            Functions = ReadFunctions(root["functions"]),
        };
    }

    private HeaderSyntax? ReadHeader(YamlNode? node)
    {
        if (_shape.Mapping(node, "'ruleset'") is not { } header)
        {
            return null;
        }

        _shape.AllowOnly(header, "'ruleset'", "id", "title", "version", "follows", "levels", "valid_from", "valid_to");
        var id = _shape.Required(header, "id", "'ruleset'");
        if (id is not null && header["id"] is YamlScalar idScalar)
        {
            Check(idScalar, id, IdentifierKind.Id);
        }

        var title = _shape.Required(header, "title", "'ruleset'");
        var levels = _shape.Sequence(header["levels"], "'levels'") is { } sequence
            ? sequence.Items.Select(Level).OfType<string>().ToImmutableArray()
            : [];
        return new HeaderSyntax(
            header.Span, id ?? "", title ?? "", _shape.Text(header["version"], "'version'"), _shape.Text(header["follows"], "'follows'"),
            levels, header["levels"]?.Span ?? header.Span, _shape.Date(header["valid_from"], "'valid_from'"), _shape.Date(header["valid_to"], "'valid_to'"));
    }

    private string? Level(YamlNode node)
    {
        var level = _shape.Text(node, "a level name");
        if (level is not null)
        {
            Check((YamlScalar)node, level, IdentifierKind.Level);
        }

        return level;
    }

    private ImmutableArray<ImportSyntax> ReadImports(YamlNode? node) =>
        _shape.Sequence(node, "'imports'") is { } sequence
            ? [.. sequence.Items.Select(i => _shape.Scalar(i, "an import path")).OfType<YamlScalar>().Select(s => new ImportSyntax(s.Span, s.Value))]
            : [];

    private ImmutableArray<ParameterSyntax> ReadParameters(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<ParameterSyntax>();
        foreach (var (key, value) in _shape.Mapping(node, "'parameters'")?.Entries ?? [])
        {
            Check(key, key.Value, IdentifierKind.Name);
            if (_shape.Mapping(value, $"parameter '{key.Value}'") is not { } parameter)
            {
                continue;
            }

            _shape.AllowOnly(parameter, $"parameter '{key.Value}'", "type", "value", "description");
            var type = _shape.Scalar(parameter["type"], "'type'") is { } typeText ? TypeTextParser.Parse(typeText, _diagnostics, this) : null;
            var expression = Expression(parameter["value"], "'value'");
            if (type is null || expression is null)
            {
                if (parameter["type"] is null)
                {
                    _diagnostics.Add(DiagnosticCatalog.MissingField(parameter.Span, "type", $"parameter '{key.Value}'"));
                }

                if (parameter["value"] is null)
                {
                    _diagnostics.Add(DiagnosticCatalog.MissingField(parameter.Span, "value", $"parameter '{key.Value}'"));
                }

                continue;
            }

            result.Add(new ParameterSyntax(key.Span, key.Value, type, expression, _shape.Text(parameter["description"], "'description'")));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<ScaleEntrySyntax> ReadScale(YamlNode node) =>
        [.. (_shape.Mapping(node, "'scale'")?.Entries ?? [])
            .Select(e => (e.Key, Points: _shape.Number(e.Value, $"scale entry '{e.Key.Value}'")))
            .Where(e => e.Points is not null)
            .Select(e => new ScaleEntrySyntax(e.Key.Span, e.Key.Value, e.Points!.Value))];

    private GradesSyntax? ReadGrades(YamlNode node)
    {
        if (_shape.Mapping(node, "'grades'") is not { } grades)
        {
            return null;
        }

        _shape.AllowOnly(grades, "'grades'", "bands", "caps", "minimum_coverage");
        var bands = (_shape.Mapping(grades["bands"], "'bands'")?.Entries ?? [])
            .Select(e => (e.Key, Min: _shape.Number(e.Value, $"grade '{e.Key.Value}'")))
            .Where(e => e.Min is not null)
            .Select(e => new GradeBandSyntax(e.Key.Span, e.Key.Value, e.Min!.Value))
            .ToImmutableArray();
        var caps = ImmutableArray.CreateBuilder<GradeCapSyntax>();
        foreach (var item in _shape.Sequence(grades["caps"], "'caps'")?.Items ?? [])
        {
            if (_shape.Mapping(item, "a cap") is not { } cap)
            {
                continue;
            }

            _shape.AllowOnly(cap, "a cap", "grade", "when");
            var grade = _shape.Required(cap, "grade", "a cap");
            var when = _shape.Required(cap, "when", "a cap");
            if (grade is not null && when is not null && CapCondition(cap["when"]) is { } condition)
            {
                caps.Add(new GradeCapSyntax(cap.Span, grade, condition));
            }
        }

        return new GradesSyntax(grades.Span, bands, caps.ToImmutable())
        {
            MinimumCoverage = _shape.Number(grades["minimum_coverage"], "'minimum_coverage'"),
            MinimumCoverageSpan = grades["minimum_coverage"]?.Span ?? default,
        };
    }

    /// <summary>
    /// A cap's condition: any outcome rule, where the short form 'critical not met' (the one YAML
    /// rulesets have always used) stands for 'any critical not met'.
    /// </summary>
    private OutcomeSyntax? CapCondition(YamlNode? node)
    {
        if (_shape.Scalar(node, "a cap's 'when'") is not { IsNull: false } scalar)
        {
            return null;
        }

        const string Short = "critical ";
        return scalar.Value.StartsWith(Short, StringComparison.Ordinal)
            ? DslParser.ParseOutcome("any " + scalar.Value, _path, scalar.Span.Line, scalar.TextColumn - "any ".Length, _diagnostics)
            : DslParser.ParseOutcome(scalar.Value, _path, scalar.Span.Line, scalar.TextColumn, _diagnostics);
    }

    /// <summary>Names, keys and ids are what the DSL can write too, so a YAML ruleset always converts (Identifiers).</summary>
    internal void Check(YamlScalar at, string text, IdentifierKind kind)
    {
        var (valid, what, rule) = kind switch
        {
            IdentifierKind.Name => (Identifiers.IsName(text), "name", "names are letters, digits and _, start with a letter or _, and are not keywords"),
            IdentifierKind.Key => (Identifiers.IsKey(text), "evidence key", "keys are names joined by dots (portfolio.active_borrowers); the first part is not a keyword"),
            IdentifierKind.Level => (Identifiers.IsName(text), "level name", "level names are letters, digits and _, start with a letter or _, and are not keywords"),
            _ => (Identifiers.IsId(text) || text.Contains(' ', StringComparison.Ordinal), "id", "ids are letters, digits and _, in parts joined by single dots or hyphens (1.A.1, ac-2)"),
        };
        if (!valid)
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidName(at.Span, text, what, rule));
        }
    }

    private ExpressionSyntax? Expression(YamlNode? node, string where)
    {
        if (_shape.Scalar(node, where) is not { IsNull: false } scalar)
        {
            return null;
        }

        return DslParser.ParseExpression(scalar.Value, _path, scalar.Span.Line, scalar.TextColumn, _diagnostics);
    }
}
