using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Warnings about rulesets that compile but are probably wrong. Items and parameters declared in
/// shared modules are not reported as unused: a dictionary serves several rulesets.
/// </summary>
internal sealed class RulesetChecks(Ruleset ruleset, IReadOnlyList<LoadedSource> sources, ExpressionBinder expressions, DiagnosticBag diagnostics)
{
    public void Run(bool reportUnused)
    {
        var rootPath = reportUnused ? sources[0].DisplayPath : "";
        foreach (var item in ruleset.Evidence.Where(e => e.Span.Path == rootPath && !expressions.UsedEvidence.Contains(e.Key)))
        {
            diagnostics.Add(DiagnosticCatalog.UnusedEvidenceItem(item.Span, item.Key));
        }

        foreach (var parameter in ruleset.Parameters.Where(p => p.Span.Path == rootPath && !expressions.UsedParameters.Contains(p.Name)))
        {
            diagnostics.Add(DiagnosticCatalog.UnusedParameter(parameter.Span, parameter.Name));
        }

        CheckNodes(ruleset.Nodes);
        CheckDuplicateTitles();
        CheckConstantRules();
    }

    private void CheckNodes(IEnumerable<RuleNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Weight == 0)
            {
                diagnostics.Add(DiagnosticCatalog.ZeroWeight(node.Span, node.Id));
            }

            CheckNodes(node.Children);
        }
    }

    private void CheckDuplicateTitles()
    {
        var firstByTitle = new Dictionary<string, RuleNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in ruleset.Indicators)
        {
            if (!firstByTitle.TryAdd(indicator.Title.Trim(), indicator))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateTitle(indicator.Span, indicator.Title, firstByTitle[indicator.Title.Trim()].Id));
            }
        }
    }

    private void CheckConstantRules()
    {
        foreach (var indicator in ruleset.Indicators)
        {
            var rule = indicator.Rule!;
            if (ConstantRules.Decide(rule.Met) is { } met)
            {
                diagnostics.Add(DiagnosticCatalog.ConstantRule(rule.Met.Span, indicator.Id, "met", met));
            }

            foreach (var fallback in rule.FallbackConditions)
            {
                if (ConstantRules.Decide(fallback) is { } partial)
                {
                    diagnostics.Add(DiagnosticCatalog.ConstantRule(fallback.Span, indicator.Id, rule.IsOrdinal ? "level" : "partial", partial));
                }
            }
        }
    }
}
