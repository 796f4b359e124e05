using System.Globalization;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;

namespace SpmAudit.Language.Comparison;

/// <summary>Nodes and indicators, matched by id wherever they sit: added, removed, moved, re-worded, re-weighted, rules changed.</summary>
public static partial class RulesetComparer
{
    private sealed record Placed(RuleNode Node, string? Parent);

    private static void CompareNodes(Ruleset old, Ruleset @new, ChangeList changes) =>
        ChangeList.Match(
            Flatten(old.Nodes, null),
            Flatten(@new.Nodes, null),
            p => p.Node.Id,
            p => changes.Add(new RulesetChange(SubjectOf(p.Node), p.Node.Id, ChangeKind.Removed, null, p.Node.Title, null) { Level = p.Node.Level, Parent = p.Parent }),
            p => changes.Add(new RulesetChange(SubjectOf(p.Node), p.Node.Id, ChangeKind.Added, null, null, p.Node.Title) { Level = p.Node.Level, Parent = p.Parent }),
            (a, b) => CompareNode(a, b, old, @new, changes));

    private static void CompareNode(Placed old, Placed @new, Ruleset oldRuleset, Ruleset newRuleset, ChangeList changes)
    {
        var (a, b) = (old.Node, @new.Node);
        var subject = SubjectOf(b);
        var id = b.Id;
        var level = b.Level;
        changes.IfDifferent(subject, id, "kind", a.IsIndicator ? "indicator" : "group", b.IsIndicator ? "indicator" : "group", level: level);
        changes.IfDifferent(subject, id, "level", a.Level, b.Level, level: level);
        changes.IfDifferent(subject, id, "parent", old.Parent, @new.Parent, ChangeKind.Moved, level);
        changes.IfDifferent(subject, id, "title", a.Title, b.Title, ChangeKind.Reworded, level);
        changes.IfDifferent(subject, id, "weight", ValueText.Number(a.Weight), ValueText.Number(b.Weight), ChangeKind.Weight, level);
        if (a.Rule is { } before && b.Rule is { } after)
        {
            changes.IfDifferent(subject, id, "guidance", before.Guidance, after.Guidance, ChangeKind.Reworded, level);
            changes.IfDifferent(subject, id, "critical", ValueText.YesNo(before.Critical), ValueText.YesNo(after.Critical), ChangeKind.Critical, level);
            changes.IfDifferent(subject, id, "required", Required(before.Required), Required(after.Required), level: level);
            var clauses = Clauses(before);
            foreach (var (field, text) in Clauses(after))
            {
                changes.IfDifferent(subject, id, field, clauses.GetValueOrDefault(field), text, ChangeKind.Rule, level);
                clauses.Remove(field);
            }

            foreach (var (field, text) in clauses)
            {
                changes.IfDifferent(subject, id, field, text, null, ChangeKind.Rule, level);
            }
        }

        foreach (var language in oldRuleset.Translations.Keys.Union(newRuleset.Translations.Keys).Order(StringComparer.Ordinal))
        {
            var was = oldRuleset.Translations.GetValueOrDefault(language)?.GetValueOrDefault(id);
            var now = newRuleset.Translations.GetValueOrDefault(language)?.GetValueOrDefault(id);
            changes.IfDifferent(subject, id, $"title [{language}]", was?.Title, now?.Title, ChangeKind.Reworded, level);
            changes.IfDifferent(subject, id, $"guidance [{language}]", was?.Guidance, now?.Guidance, ChangeKind.Reworded, level);
        }
    }

    /// <summary>
    /// Each clause of a rule as the printer writes it, keyed by what it is ('applies', 'let x', 'met',
    /// 'level 2', 'partial'): whitespace, comments, parentheses and the front end leave no trace.
    /// </summary>
    private static Dictionary<string, string> Clauses(IndicatorRule rule)
    {
        var clauses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rule.Applies is not null)
        {
            clauses["applies"] = BoundExpressionPrinter.Print(rule.Applies);
        }

        foreach (var let in rule.Lets)
        {
            clauses[$"let {let.Name}"] = BoundExpressionPrinter.Print(let.Value);
        }

        var top = rule.TopLevel is { } t ? $"level {ValueText.Number(t)}: " : "";
        clauses["met"] = top + BoundExpressionPrinter.Print(rule.Met);
        foreach (var level in rule.LowerLevels)
        {
            clauses[$"level {level.Level.ToString(CultureInfo.InvariantCulture)}"] = BoundExpressionPrinter.Print(level.Condition);
        }

        if (rule.Partial is not null)
        {
            clauses["partial"] = BoundExpressionPrinter.Print(rule.Partial);
        }

        return clauses;
    }

    private static ChangeSubject SubjectOf(RuleNode node) => node.IsIndicator ? ChangeSubject.Indicator : ChangeSubject.Node;

    private static IEnumerable<Placed> Flatten(IEnumerable<RuleNode> nodes, string? parent)
    {
        foreach (var node in nodes)
        {
            yield return new Placed(node, parent);
            foreach (var child in Flatten(node.Children, node.Id))
            {
                yield return child;
            }
        }
    }
}
