using SpmAudit.Engine.Reading;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evidence;

public sealed partial class EvidenceBinder
{
    /// <summary>
    /// Answers given under a former key fill the item when the pack does not answer it under its
    /// current key; when it does, the two must agree, since a pack states one fact once.
    /// </summary>
    private void AddUnderFormerKeys(List<(DocumentEntry Written, EvidenceEntry Read)> underFormerKeys, Dictionary<string, EvidenceEntry> items)
    {
        foreach (var (written, read) in underFormerKeys)
        {
            if (!items.TryGetValue(read.Key, out var current) || current.Value is null)
            {
                items[read.Key] = read;
            }
            else if (read.Value is not null && !SameValue(current, read))
            {
                _diagnostics.Add(DiagnosticCatalog.FormerKeyAndKeyDisagree(
                    written.Key.Span, written.Key.Text, read.Text, read.Key, current.Text, current.Span));
            }
        }
    }

    /// <summary>Scalars compare by value (50% and 0.5 agree); lists of records by what was written.</summary>
    private static bool SameValue(EvidenceEntry a, EvidenceEntry b) =>
        Equals(a.Value, b.Value) || (a.Value is System.Collections.IList && a.Text == b.Text);
}
