using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing.Yaml;

public sealed partial class YamlRulesetParser
{
    private ImmutableArray<ScoringEntrySyntax> ReadScoring(YamlNode? node) =>
        [.. (_shape.Mapping(node, "'scoring'")?.Entries ?? [])
            .Select(e => (e.Key, Value: _shape.Text(e.Value, $"scoring '{e.Key.Value}'")))
            .Where(e => e.Value is not null)
            .Select(e => new ScoringEntrySyntax(e.Key.Span, e.Key.Value, e.Value!))];

    private ImmutableArray<CertificationSyntax> ReadCertifications(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<CertificationSyntax>();
        foreach (var item in _shape.Sequence(node, "'certifications'")?.Items ?? [])
        {
            if (_shape.Mapping(item, "a certification") is not { } certification)
            {
                continue;
            }

            _shape.AllowOnly(certification, "a certification", "id", "title", "valid_years", "requires", "pass", "tiers");
            var id = _shape.Required(certification, "id", "a certification");
            var title = _shape.Required(certification, "title", "a certification");
            var years = _shape.Number(certification["valid_years"], "'valid_years'");
            var tiers = (_shape.Mapping(certification["tiers"], "'tiers'")?.Entries ?? [])
                .Select(e => (e.Key, Condition: Outcome(e.Value, $"tier '{e.Key.Value}'")))
                .Where(e => e.Condition is not null)
                .Select(e => new TierSyntax(e.Key.Span, e.Key.Value, e.Condition!))
                .ToImmutableArray();
            if (id is not null && certification["id"] is YamlScalar idScalar)
            {
                Check(idScalar, id, IdentifierKind.Id);
            }

            if (id is not null && title is not null)
            {
                result.Add(new CertificationSyntax(
                    certification.Span, id, title, years is { } y ? (int)y : null, Outcome(certification["pass"], "'pass'"), tiers)
                {
                    Requires = certification["requires"] switch
                    {
                        YamlSequence list => new RequiredSyntax(list.Span, [.. list.Items.Select(i => _shape.Text(i, "an assessment type")).OfType<string>()]),
                        { } one when _shape.Text(one, "'requires'") is { } type => new RequiredSyntax(one.Span, [type]),
                        _ => null,
                    },
                });
            }
        }

        return result.ToImmutable();
    }

    /// <summary>'translations: { fr: { 1.A.1.1: { title: …, guidance: … } } }'.</summary>
    private ImmutableArray<TranslationSyntax> ReadTranslations(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<TranslationSyntax>();
        foreach (var (language, entries) in _shape.Mapping(node, "'translations'")?.Entries ?? [])
        {
            var items = ImmutableArray.CreateBuilder<TranslationEntrySyntax>();
            foreach (var (id, value) in _shape.Mapping(entries, $"translations to '{language.Value}'")?.Entries ?? [])
            {
                Check(id, id.Value, IdentifierKind.Id);
                if (_shape.Mapping(value, $"the translation of '{id.Value}'") is { } entry)
                {
                    _shape.AllowOnly(entry, $"the translation of '{id.Value}'", "title", "guidance");
                    if (_shape.Required(entry, "title", $"the translation of '{id.Value}'") is { } title)
                    {
                        items.Add(new TranslationEntrySyntax(id.Span, id.Value, title, _shape.Text(entry["guidance"], "'guidance'")));
                    }
                }
            }

            result.Add(new TranslationSyntax(language.Span, language.Value, items.ToImmutable()));
        }

        return result.ToImmutable();
    }

    private OutcomeSyntax? Outcome(YamlNode? node, string where)
    {
        if (_shape.Scalar(node, where) is not { IsNull: false } scalar)
        {
            return null;
        }

        return DslParser.ParseOutcome(scalar.Value, _path, scalar.Span.Line, scalar.TextColumn, _diagnostics);
    }
}
