using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>'tables', 'metrics' and 'scorecards' in YAML: the same syntax records the DSL's declarations give.</summary>
public sealed partial class YamlRulesetParser
{
    private ImmutableArray<TableSyntax> ReadTables(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<TableSyntax>();
        foreach (var (name, value) in _shape.Mapping(node, "'tables'")?.Entries ?? [])
        {
            var where = $"table '{name.Value}'";
            Check(name, name.Value, IdentifierKind.Name);
            if (_shape.Mapping(value, where) is not { } table)
            {
                continue;
            }

            _shape.AllowOnly(table, where, "title", "key", "columns", "checks", "missing");
            var columns = ImmutableArray.CreateBuilder<ColumnSyntax>();
            foreach (var (column, definition) in _shape.Mapping(table["columns"], "'columns'")?.Entries ?? [])
            {
                Check(column, column.Value, IdentifierKind.Name);
                if (ReadColumn(column, definition) is { } built)
                {
                    columns.Add(built);
                }
            }

            var checks = ImmutableArray.CreateBuilder<TableCheckSyntax>();
            foreach (var item in _shape.Sequence(table["checks"], "'checks'")?.Items ?? [])
            {
                if (_shape.Mapping(item, "a check") is not { } check)
                {
                    continue;
                }

                _shape.AllowOnly(check, "a check", "when", "message");
                var message = _shape.Required(check, "message", "a check");
                if (Expression(check["when"], "'when'") is { } condition && message is not null)
                {
                    checks.Add(new TableCheckSyntax(check.Span, condition, message));
                }
                else if (check["when"] is null)
                {
                    _diagnostics.Add(DiagnosticCatalog.MissingField(check.Span, "when", "a check"));
                }
            }

            result.Add(new TableSyntax(name.Span, name.Value, _shape.Required(table, "title", where) ?? "", columns.ToImmutable(), Names(table["key"], "'key'"), checks.ToImmutable(), Missing(table["missing"])));
        }

        return result.ToImmutable();
    }

    /// <summary>'amount: number' or 'amount: { type: number, min: 0, references: clients, missing: { share: 5%, severity: warning } }'.</summary>
    private ColumnSyntax? ReadColumn(YamlScalar name, YamlNode definition)
    {
        var where = $"column '{name.Value}'";
        if (definition is YamlScalar typeOnly)
        {
            return TypeTextParser.Parse(typeOnly, _diagnostics, this) is { } simple ? new ColumnSyntax(name.Span, name.Value, simple, null, null, null, null) : null;
        }

        if (_shape.Mapping(definition, where) is not { } column)
        {
            return null;
        }

        _shape.AllowOnly(column, where, "type", "min", "max", "references", "missing");
        if (_shape.Scalar(column["type"], "'type'") is not { } typeText)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingField(column.Span, "type", where));
            return null;
        }

        return TypeTextParser.Parse(typeText, _diagnostics, this) is { } type
            ? new ColumnSyntax(name.Span, name.Value, type, _shape.Number(column["min"], "'min'"), _shape.Number(column["max"], "'max'"), _shape.Text(column["references"], "'references'"), Missing(column["missing"]))
            : null;
    }

    private MissingThresholdSyntax? Missing(YamlNode? node)
    {
        if (_shape.Mapping(node, "'missing'") is not { } missing)
        {
            return null;
        }

        _shape.AllowOnly(missing, "'missing'", "share", "severity");
        var share = _shape.Number(missing["share"], "'share'");
        var severity = _shape.Required(missing, "severity", "'missing'");
        if (share is null && missing["share"] is null)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingField(missing.Span, "share", "'missing'"));
        }

        return share is { } s && severity is not null ? new MissingThresholdSyntax(missing.Span, s, severity) : null;
    }

    private ImmutableArray<string> Names(YamlNode? node, string where) =>
        [.. (_shape.Sequence(node, where)?.Items ?? []).Select(i => _shape.Text(i, "a name")).OfType<string>()];

    private ImmutableArray<MetricSyntax> ReadMetrics(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<MetricSyntax>();
        foreach (var (key, value) in _shape.Mapping(node, "'metrics'")?.Entries ?? [])
        {
            var where = $"metric '{key.Value}'";
            Check(key, key.Value, IdentifierKind.Key);
            if (_shape.Mapping(value, where) is not { } metric)
            {
                continue;
            }

            _shape.AllowOnly(metric, where, "title", "from", "join", "pair", "where", "by", "value");
            result.Add(new MetricSyntax(
                key.Span, key.Value, _shape.Required(metric, "title", where) ?? "", _shape.Text(metric["from"], "'from'"), Names(metric["join"], "'join'"),
                Expression(metric["where"], "'where'"), Names(metric["by"], "'by'"), Expression(metric["value"], "'value'"))
            {
                Pair = ReadPair(metric["pair"], where),
            });
        }

        return result.ToImmutable();
    }

    /// <summary>'pair: { key: [client_id], by: round, from: 1, to: 2 }', the DSL's 'pair client_id by round from 1 to 2'.</summary>
    private PairSyntax? ReadPair(YamlNode? node, string where)
    {
        if (node is null || _shape.Mapping(node, $"'pair' of {where}") is not { } pair)
        {
            return null;
        }

        _shape.AllowOnly(pair, $"'pair' of {where}", "key", "by", "from", "to");
        var round = _shape.Required(pair, "by", $"'pair' of {where}");
        var earlier = pair["from"] is null ? null : Expression(pair["from"], "'from'");
        var later = pair["to"] is null ? null : Expression(pair["to"], "'to'");
        if (earlier is null)
        {
            _shape.Required(pair, "from", $"'pair' of {where}");
        }

        if (later is null)
        {
            _shape.Required(pair, "to", $"'pair' of {where}");
        }

        return round is not null && earlier is not null && later is not null
            ? new PairSyntax(pair.Span, Names(pair["key"], "'key'"), round, earlier, later)
            : null;
    }

    private ImmutableArray<ScorecardSyntax> ReadScorecards(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<ScorecardSyntax>();
        foreach (var (name, value) in _shape.Mapping(node, "'scorecards'")?.Entries ?? [])
        {
            var where = $"scorecard '{name.Value}'";
            Check(name, name.Value, IdentifierKind.Name);
            if (_shape.Mapping(value, where) is not { } card)
            {
                continue;
            }

            _shape.AllowOnly(card, where, "title", "lines", "questions", "likelihoods");
            var questions = ImmutableArray.CreateBuilder<ScorecardQuestionSyntax>();
            foreach (var (column, definition) in _shape.Mapping(card["questions"], "'questions'")?.Entries ?? [])
            {
                if (_shape.Mapping(definition, $"question '{column.Value}'") is not { } question)
                {
                    continue;
                }

                _shape.AllowOnly(question, $"question '{column.Value}'", "text", "answers");
                questions.Add(new ScorecardQuestionSyntax(column.Span, column.Value, _shape.Required(question, "text", $"question '{column.Value}'") ?? "", ReadAnswers(question["answers"])));
            }

            var likelihoods = ImmutableArray.CreateBuilder<LikelihoodTableSyntax>();
            foreach (var (line, bands) in _shape.Mapping(card["likelihoods"], "'likelihoods'")?.Entries ?? [])
            {
                likelihoods.Add(new LikelihoodTableSyntax(line.Span, line.Value, [.. (_shape.Mapping(bands, $"likelihoods of '{line.Value}'")?.Entries ?? []).Select(ReadBand).OfType<LikelihoodBandSyntax>()]));
            }

            result.Add(new ScorecardSyntax(name.Span, name.Value, _shape.Required(card, "title", where) ?? "", Names(card["lines"], "'lines'"), questions.ToImmutable(), likelihoods.ToImmutable()));
        }

        return result.ToImmutable();
    }

    /// <summary>'"none": 12' (the same points for every line) or '"none": { national: 12, extreme: 9 }'.</summary>
    private ImmutableArray<ScorecardAnswerSyntax> ReadAnswers(YamlNode? node) =>
        [.. (_shape.Mapping(node, "'answers'")?.Entries ?? []).Select(e => e.Value is YamlMapping perLine
            ? new ScorecardAnswerSyntax(e.Key.Span, e.Key.Value, null, [.. perLine.Entries
                .Select(p => (p.Key.Value, Points: _shape.Number(p.Value, $"points for '{p.Key.Value}'")))
                .Where(p => p.Points is not null)
                .Select(p => KeyValuePair.Create(p.Value, p.Points!.Value))])
            : new ScorecardAnswerSyntax(e.Key.Span, e.Key.Value, _shape.Number(e.Value, $"the points of answer '{e.Key.Value}'") ?? 0, []))];

    /// <summary>'"0..9": 92%'.</summary>
    private LikelihoodBandSyntax? ReadBand(KeyValuePair<YamlScalar, YamlNode> entry)
    {
        var parts = entry.Key.Value.Split("..");
        if (parts.Length != 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var low)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var high))
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidScalar(entry.Key.Span, entry.Key.Value, "a band of scores such as '0..9'"));
            return null;
        }

        return _shape.Number(entry.Value, $"the likelihood of {entry.Key.Value}") is { } likelihood ? new LikelihoodBandSyntax(entry.Key.Span, low, high, likelihood) : null;
    }
}
