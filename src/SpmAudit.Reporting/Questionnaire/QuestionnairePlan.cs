using System.Collections.Immutable;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>
/// What a questionnaire asks, whatever it is written as (a workbook or a YAML template): one
/// section per top-level node, in which each evidence item the indicators read appears once, under
/// the first indicator that reads it, grouped by the levels above; and a list section per 'list of'
/// item. Items are named by their dictionary key, so a newer version of the ruleset asks the same
/// item under the same key.
/// </summary>
public sealed record QuestionnairePlan(Ruleset Ruleset, string Language, ImmutableArray<QuestionnaireSection> Sections, ImmutableArray<ListSection> Lists)
{
    public static QuestionnairePlan Build(Ruleset ruleset, string language)
    {
        ArgumentNullException.ThrowIfNull(ruleset);
        var translations = ruleset.Translations.GetValueOrDefault(language);
        var usedBy = ruleset.Indicators
            .SelectMany(i => i.Rule!.Reads.Select(r => (r.Key, i.Id)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct().ToImmutableArray(), StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var sections = ImmutableArray.CreateBuilder<QuestionnaireSection>();
        var sheetNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var top in ruleset.Nodes)
        {
            var rows = ImmutableArray.CreateBuilder<QuestionnaireRow>();
            Collect(top, 0, rows);
            sections.Add(new QuestionnaireSection(top, Title(top), SheetName($"{top.Id} {Title(top)}", sheetNames), rows.ToImmutable()));
        }

        var lists = ruleset.Evidence
            .Where(e => e.Type.Kind == TypeKind.RecordList && asked.Contains(e.Key))
            .Select(e => new ListSection(e, SheetName(e.Key, sheetNames)))
            .ToImmutableArray();
        return new QuestionnairePlan(ruleset, language, sections.ToImmutable(), lists);

        string Title(RuleNode node) => translations?.GetValueOrDefault(node.Id)?.Title ?? node.Title;

        void Collect(RuleNode node, int depth, ImmutableArray<QuestionnaireRow>.Builder rows)
        {
            if (node.Rule is { } rule)
            {
                var guidance = translations?.GetValueOrDefault(node.Id)?.Guidance ?? rule.Guidance;
                rows.Add(new IndicatorRow(node, Title(node), guidance));
                foreach (var item in rule.Reads.Where(r => asked.Add(r.Key)))
                {
                    rows.Add(new ItemRow(item, usedBy.GetValueOrDefault(item.Key, [])));
                }

                return;
            }

            if (depth > 0)
            {
                rows.Add(new GroupRow(node, Title(node), depth));
            }

            foreach (var child in node.Children)
            {
                Collect(child, depth + 1, rows);
            }
        }
    }

    /// <summary>A sheet name spreadsheets accept: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string wanted, HashSet<string> taken)
    {
        var clean = new string([.. wanted.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\' or '\''))]).Trim();
        var name = clean.Length > 31 ? clean[..31].TrimEnd() : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)].TrimEnd() : clean) + suffix;
        }

        return name;
    }

    /// <summary>The answer a list item's row gives when its records are on its sheet, or when there are none.</summary>
    public (string Listed, string None) ListWords => (QuestionnaireLayout.Listed(Language), QuestionnaireLayout.None(Language));
}

/// <summary>The questions of one top-level node.</summary>
public sealed record QuestionnaireSection(RuleNode Node, string Title, string SheetName, ImmutableArray<QuestionnaireRow> Rows);

/// <summary>The records of one 'list of' item, on a sheet of their own.</summary>
public sealed record ListSection(EvidenceItem Item, string SheetName);

/// <summary>A row of a section. A closed hierarchy.</summary>
public abstract record QuestionnaireRow;

/// <summary>A heading: a node between the section and its indicators (a standard, a practice).</summary>
public sealed record GroupRow(RuleNode Node, string Title, int Depth) : QuestionnaireRow;

/// <summary>An indicator: its title and guidance, and a place for the institution's note.</summary>
public sealed record IndicatorRow(RuleNode Node, string Title, string? Guidance) : QuestionnaireRow;

/// <summary>An evidence item asked for the first time, with every indicator that reads it.</summary>
public sealed record ItemRow(EvidenceItem Item, ImmutableArray<string> UsedBy) : QuestionnaireRow;
