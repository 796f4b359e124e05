namespace SpmAudit.Language.Distribution;

/// <summary>
/// A ruleset or profile shipped inside the tool: its header, and its path in the shipped tree.
/// <paramref name="Base"/> is 'id@version' of the ruleset a profile tailors; null for a ruleset.
/// </summary>
public sealed record ShippedRuleset(string Id, string Version, string Title, string? Follows, string Path, string? Base)
{
    public string Name => $"{Id}@{Version}";
}
