using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Binds the 'formerly' clauses once every file's items are declared, so that a former key is
    /// checked against keys of all files: it may name neither a current item nor another item's
    /// former key, and a renamed choice must be a choice of the item.
    /// </summary>
    private void BindFormerKeys()
    {
        var taken = _evidence.Values.ToDictionary(e => e.Key, e => e.Span, StringComparer.Ordinal);
        foreach (var syntax in _sources.SelectMany(s => s.Syntax.Evidence).Where(e => !e.Formerly.IsEmpty))
        {
            if (!_evidence.TryGetValue(syntax.Key, out var item) || item.Span != syntax.Span)
            {
                continue;
            }

            var formerly = ImmutableArray.CreateBuilder<FormerKey>();
            foreach (var former in syntax.Formerly)
            {
                if (taken.TryGetValue(former.Key, out var first))
                {
                    _diagnostics.Add(DiagnosticCatalog.FormerKeyTaken(former.Span, former.Key, item.Key, first));
                    continue;
                }

                taken[former.Key] = former.Span;
                formerly.Add(new FormerKey(former.Key, BindRenamedChoices(item, former), former.Span));
            }

            _evidence[item.Key] = item with { Formerly = formerly.ToImmutable() };
        }
    }

    private ImmutableDictionary<string, string> BindRenamedChoices(EvidenceItem item, FormerKeySyntax former)
    {
        var choices = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var rename in former.Choices)
        {
            if (!item.Type.Choices.Contains(rename.To, StringComparer.Ordinal))
            {
                _diagnostics.Add(DiagnosticCatalog.FormerChoiceUnknown(rename.Span, former.Key, rename.To, item.Type.ToString()));
                continue;
            }

            choices[rename.From] = rename.To;
        }

        return choices.ToImmutable();
    }
}
