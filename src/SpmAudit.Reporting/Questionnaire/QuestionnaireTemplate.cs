using System.Text;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Questionnaire;

/// <summary>
/// Writes a <see cref="QuestionnairePlan"/> as a plain-text evidence pack to fill in: every item
/// the workbook asks, in the same order, with its question, the indicators' titles and guidance
/// and the expected answer as comments, and <c>null</c> (not collected) as the value. As written it
/// is a valid pack whose indicators are all insufficient evidence.
/// </summary>
public static class QuestionnaireTemplate
{
    public static string Write(QuestionnairePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var words = new QuestionnaireWords(plan.Language);
        var text = new StringBuilder();
        var info = plan.Ruleset.Info;
        Line(text, $"# {words["title"]}: {info.Title} ({info.Id} {info.Version})");
        Comment(text, "", words["instructions"]);
        text.Append('\n');
        Line(text, $"institution: {{ id: your-institution, name: \"Your institution\", country: null }}   # {words["institution.id"]}; {words["institution.name"]}; {words["institution.country"]}");
        Line(text, $"period: null        # {words["period"]}");
        Line(text, $"date: null          # {words["date"]}, YYYY-MM-DD");
        Line(text, $"assessment: self-assessment   # {string.Join(" | ", QuestionnaireLayout.AssessmentTypes)}");
        Line(text, $"assessor: null      # {words["assessor"]}");
        Line(text, "evidence:");
        var notes = new List<IndicatorRow>();
        foreach (var section in plan.Sections)
        {
            text.Append('\n');
            Line(text, $"  # ==================== {section.Node.Id} {section.Title}");
            foreach (var row in section.Rows)
            {
                switch (row)
                {
                    case GroupRow group:
                        Line(text, $"  # {new string('-', 4 * group.Depth)} {group.Node.Id} {group.Title}");
                        break;
                    case IndicatorRow indicator:
                        notes.Add(indicator);
                        Line(text, $"  # {indicator.Node.Id} {indicator.Title}{(indicator.Node.Rule!.Critical ? " (critical)" : "")}");
                        if (indicator.Guidance is { } guidance)
                        {
                            Comment(text, "  #   ", guidance);
                        }

                        break;
                    case ItemRow item:
                        Item(text, item, words, plan);
                        break;
                }
            }
        }

        text.Append('\n');
        Line(text, $"# {words["note"]}:");
        Line(text, "notes:");
        foreach (var indicator in notes)
        {
            Line(text, $"  {indicator.Node.Id}: null   # {Single(indicator.Title)}");
        }

        return text.ToString();
    }

    private static void Item(StringBuilder text, ItemRow row, QuestionnaireWords words, QuestionnairePlan plan)
    {
        var item = row.Item;
        var list = plan.Lists.FirstOrDefault(l => l.Item.Key == item.Key);
        Line(text, $"  {item.Key}:");
        if (item.Question is { } question)
        {
            Comment(text, "    # ", question);
        }

        var expected = item.Type.Kind == TypeKind.RecordList
            ? $"{words["list"].Split(' ')[0]}: - {{ {string.Join(", ", item.Type.Fields.Select(f => $"{f.Name}: {words.Expected(f.Type)}"))} }}"
            : words.Expected(item, list?.SheetName);
        Comment(text, "    # ", $"{QuestionnaireLayout.Label("expected", words.Language)}: {expected}; {QuestionnaireLayout.Label("used_by", words.Language)}: {string.Join(", ", row.UsedBy)}");
        Line(text, "    value: null");
        Line(text, "    source: { document: null, page: null }");
        Line(text, "    comment: null");
        Line(text, "    function: null");
    }

    /// <summary>A long text as comment lines of at most about 100 characters.</summary>
    private static void Comment(StringBuilder text, string prefix, string comment)
    {
        var line = new StringBuilder();
        foreach (var word in Single(comment).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length > 96)
            {
                Line(text, (prefix.Length == 0 ? "# " : prefix) + line);
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            Line(text, (prefix.Length == 0 ? "# " : prefix) + line);
        }
    }

    private static string Single(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
