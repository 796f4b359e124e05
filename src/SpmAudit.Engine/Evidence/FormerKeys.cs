using System.Collections.Immutable;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evidence;

/// <summary>
/// Keys of an earlier edition of a ruleset's dictionary, read as today's (<c>formerly</c> in the
/// language): the one place that says how an answer under a former key becomes an answer to the item.
/// </summary>
public static class FormerKeys
{
    /// <summary>A choice written under a former key, renamed to the item's own name for it; other values are unchanged.</summary>
    internal static DocumentValue? AsItemNames(EvidenceItem item, FormerKey former, DocumentValue? written) =>
        written is ScalarValue scalar && item.Type.Kind == TypeKind.Choice
            ? scalar with { Text = former.ReadChoice(scalar.Text) }
            : written;

    /// <summary>
    /// The document with every answer under a former key moved to the item's current key (choices
    /// renamed too), and the keys moved. An answer whose item the document also answers under its
    /// current key stays where it is, so that binding can compare the two (SPM4503, SPM4030).
    /// </summary>
    public static (EvidenceDocument Document, ImmutableArray<(string From, string To)> Renamed) ToCurrentKeys(EvidenceDocument document, Ruleset ruleset)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(ruleset);
        var answered = document.Entries.Select(e => e.Key.Text).ToHashSet(StringComparer.Ordinal);
        var renamed = ImmutableArray.CreateBuilder<(string, string)>();
        var entries = document.Entries.Select(entry =>
        {
            if (ruleset.FindEvidence(entry.Key.Text) is not null || ruleset.FindFormerKey(entry.Key.Text) is not { } former || answered.Contains(former.Item.Key))
            {
                return entry;
            }

            renamed.Add((entry.Key.Text, former.Item.Key));
            return entry with { Key = entry.Key with { Text = former.Item.Key }, Value = AsItemNames(former.Item, former.Former, entry.Value) };
        }).ToImmutableArray();
        return (renamed.Count == 0 ? document : document with { Entries = entries }, renamed.ToImmutable());
    }
}
