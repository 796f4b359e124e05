using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Binding;

internal sealed partial class Binder
{
    /// <summary>Translations from every file (a module translates its own nodes), checked against the node ids.</summary>
    private ImmutableDictionary<string, ImmutableDictionary<string, NodeTranslation>> BindTranslations()
    {
        var result = new Dictionary<string, Dictionary<string, NodeTranslation>>(StringComparer.Ordinal);
        foreach (var translation in _sources.SelectMany(s => s.Syntax.Translations))
        {
            if (translation.Language.Length != 2 || !translation.Language.All(char.IsAsciiLetterLower))
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidLanguage(translation.Span, translation.Language));
                continue;
            }

            var entries = result.TryGetValue(translation.Language, out var existing) ? existing : result[translation.Language] = new(StringComparer.Ordinal);
            foreach (var entry in translation.Entries)
            {
                if (!_nodeIds.ContainsKey(entry.NodeId))
                {
                    _diagnostics.Add(DiagnosticCatalog.UnknownNodeId(entry.Span, entry.NodeId, Suggestions.Closest(entry.NodeId, _nodeIds.Keys)));
                }
                else if (!entries.TryAdd(entry.NodeId, new NodeTranslation(entry.Title, entry.Guidance)))
                {
                    _diagnostics.Add(DiagnosticCatalog.DuplicateTranslation(entry.Span, entry.NodeId, translation.Language));
                }
            }
        }

        return result.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
