using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Model;

/// <summary>
/// A key an evidence item was asked under in an earlier edition of the dictionary. A pack that
/// still uses it is read into the item with a warning naming the new key; choices of the old key
/// that were renamed read as the item's own through <see cref="Choices"/>.
/// </summary>
public sealed record FormerKey(string Key, ImmutableDictionary<string, string> Choices, SourceSpan Span)
{
    /// <summary>The old choice as the item names it; a choice that was not renamed is unchanged.</summary>
    public string ReadChoice(string oldChoice) => Choices.GetValueOrDefault(oldChoice, oldChoice);
}
