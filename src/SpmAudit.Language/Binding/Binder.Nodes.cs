using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

internal sealed partial class Binder
{
    private static readonly string[] Statuses = ["met", "partial"];

    private RuleNode? BindNode(NodeSyntax node, int depth)
    {
        if (depth >= _levels.Length)
        {
            _diagnostics.Add(DiagnosticCatalog.TooDeep(node.Span, node.Id, _levels[^1]));
            return null;
        }

        if (node.Level != _levels[depth])
        {
            _diagnostics.Add(DiagnosticCatalog.WrongLevel(node.Span, node.Level, _levels[depth]));
        }

        if (_nodeIds.TryGetValue(node.Id, out var first))
        {
            _diagnostics.Add(DiagnosticCatalog.DuplicateNodeId(node.Span, node.Id, first));
        }
        else
        {
            _nodeIds[node.Id] = node.Span;
        }

        var weight = (double)(node.Weight ?? 1m);
        if (weight < 0)
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidWeight(node.Span, node.Id));
        }

        var isLeafLevel = depth == _levels.Length - 1;
        if (!isLeafLevel)
        {
            return BindGroup(node, depth, weight);
        }

        foreach (var child in node.Children)
        {
            _diagnostics.Add(DiagnosticCatalog.TooDeep(child.Span, child.Id, _levels[^1]));
        }

        var rule = BindRule(node) is { } bound ? bound with { Required = BindRequirement(node.Required) ?? _requirement } : null;
        var indicator = new RuleNode(node.Id, node.Level, depth, node.Title, weight, [], rule, node.Span) { IndicatorOrdinal = _indicators.Count };
        if (rule is not null)
        {
            _indicators.Add(indicator);
        }

        return indicator;
    }

    private RuleNode BindGroup(NodeSyntax node, int depth, double weight)
    {
        ReportIndicatorMembers(node);
        if (node.Children.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCatalog.EmptyGroup(node.Span, node.Id, Capitalize(node.Level)));
        }

        // A requirement on a group holds for every indicator below it, unless one says otherwise.
        var outer = _requirement;
        _requirement = BindRequirement(node.Required) ?? outer;
        var children = node.Children.Select(c => BindNode(c, depth + 1)).OfType<RuleNode>().ToImmutableArray();
        _requirement = outer;
        return new RuleNode(node.Id, node.Level, depth, node.Title, weight, children, null, node.Span);
    }

    private void ReportIndicatorMembers(NodeSyntax node)
    {
        var members = new (bool Present, string Name)[]
        {
            (node.Score is not null, "score"),
            (node.Applies is not null, "applies"),
            (!node.Lets.IsEmpty, "let"),
            (node.Critical, "critical"),
        };
        foreach (var (present, name) in members)
        {
            if (present)
            {
                _diagnostics.Add(DiagnosticCatalog.IndicatorMemberOnGroup(node.Span, name, node.Level));
            }
        }
    }

    private IndicatorRule? BindRule(NodeSyntax node)
    {
        var scope = new BindingScope();
        var applies = node.Applies is null ? null : _expressions.BindCondition(node.Applies, scope, $"'applies' of {node.Id}");
        foreach (var let in node.Lets)
        {
            if (scope.FindLet(let.Name) is not null || _evidence.ContainsKey(let.Name) || _parameters.ContainsKey(let.Name))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateLet(let.Span, let.Name));
                continue;
            }

            scope.AddLet(new BoundLet(let.Name, scope.Lets.Count, _expressions.Bind(let.Value, scope)));
        }

        if (node.Score is not { } score || score.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCatalog.IndicatorWithoutScore(node.Span, node.Id));
            return null;
        }

        if (score.Any(r => IsLevel(r.Status)))
        {
            return BindOrdinalRule(node, score, scope, applies);
        }

        BoundExpression? met = null, partial = null;
        foreach (var rule in score)
        {
            if (!Statuses.Contains(rule.Status, StringComparer.Ordinal))
            {
                _diagnostics.Add(DiagnosticCatalog.UnknownStatus(rule.Span, rule.Status, Suggestions.Closest(rule.Status, Statuses)));
                _expressions.BindCondition(rule.Condition, scope, $"the '{rule.Status}' rule of {node.Id}");
                continue;
            }

            if ((rule.Status == "met" ? met : partial) is not null)
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateScoreRule(rule.Span, rule.Status));
                continue;
            }

            var condition = _expressions.BindCondition(rule.Condition, scope, $"the '{rule.Status}' rule of {node.Id}");
            if (rule.Status == "met")
            {
                met = condition;
            }
            else
            {
                partial = condition;
            }
        }

        if (met is null)
        {
            // A misspelt status was reported above; otherwise the block lacks its 'met' clause, not the block itself.
            if (score.All(r => Statuses.Contains(r.Status, StringComparer.Ordinal)))
            {
                _diagnostics.Add(DiagnosticCatalog.MissingMetClause(score[0].Span, node.Id));
            }

            return null;
        }

        var reads = EvidenceReads.Collect([applies, .. scope.Lets.Select(l => l.Value), met, partial]);
        return new IndicatorRule(node.Guidance, node.Critical, applies, [.. scope.Lets], met, partial, reads);
    }

    private static bool IsLevel(string label) => label.Length > 0 && char.IsAsciiDigit(label[0]);

    /// <summary>
    /// '3 when …  2 when …  1 when …': levels are tried from the highest; the highest is 'met', the
    /// others 'partial' with points level ÷ highest, and none holding is 'not met' (level 0).
    /// </summary>
    private IndicatorRule? BindOrdinalRule(NodeSyntax node, ImmutableArray<ScoreRuleSyntax> score, BindingScope scope, BoundExpression? applies)
    {
        var levels = new List<(double Level, BoundExpression Condition)>();
        foreach (var rule in score)
        {
            var condition = _expressions.BindCondition(rule.Condition, scope, $"level {rule.Status} of {node.Id}");
            if (!IsLevel(rule.Status) || !double.TryParse(rule.Status, System.Globalization.CultureInfo.InvariantCulture, out var level) || level <= 0)
            {
                _diagnostics.Add(DiagnosticCatalog.MixedScoreLevels(rule.Span, rule.Status));
                continue;
            }

            if (levels.Any(l => l.Level == level))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateScoreRule(rule.Span, rule.Status));
                continue;
            }

            levels.Add((level, condition));
        }

        if (levels.Count == 0)
        {
            return null;
        }

        var ordered = levels.OrderByDescending(l => l.Level).ToList();
        var top = ordered[0].Level;
        var lower = ordered.Skip(1).Select(l => new ScoreLevel(l.Level, l.Level / top, l.Condition)).ToImmutableArray();
        var reads = EvidenceReads.Collect([applies, .. scope.Lets.Select(l => l.Value), .. ordered.Select(l => l.Condition)]);
        return new IndicatorRule(node.Guidance, node.Critical, applies, [.. scope.Lets], ordered[0].Condition, null, reads)
        {
            LowerLevels = lower,
            TopLevel = top,
        };
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
