using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Inputs;

namespace SpmAudit.Language.Crosswalks;

/// <summary>The crosswalks shipped under rulesets/crosswalks/, found by the ids of the two rulesets they join.</summary>
public static class ShippedCrosswalks
{
    private const string Folder = "crosswalks/";

    /// <summary>
    /// The shipped crosswalk from <paramref name="fromId"/> to <paramref name="toId"/>, or one written
    /// the other way, inverted; null when none ships. A file joins two rulesets in both directions.
    /// Two editions of one ruleset share the id, so <paramref name="fromVersion"/> and
    /// <paramref name="toVersion"/> tell the direction.
    /// </summary>
    public static Crosswalk? Find(string fromId, string fromVersion, string toId, string toVersion)
    {
        var store = ShippedCatalog.Store;
        foreach (var relative in store.Files.Where(f => f.StartsWith(Folder, StringComparison.Ordinal) && f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var full = store.FullPath(relative);
            var diagnostics = new DiagnosticBag();
            var text = SourceText.Decode(store.Read(full), store.Display(full), diagnostics);
            if (text is null || CrosswalkReader.Parse(text, store.Display(full), diagnostics) is not { } crosswalk)
            {
                continue;
            }

            if (Joins(crosswalk.From, fromId, fromVersion) && Joins(crosswalk.To, toId, toVersion))
            {
                return crosswalk;
            }

            if (Joins(crosswalk.To, fromId, fromVersion) && Joins(crosswalk.From, toId, toVersion))
            {
                return crosswalk.Inverted();
            }
        }

        return null;
    }

    private static bool Joins(CrosswalkSide side, string id, string version) =>
        side.Ruleset == id && VersionSpec.Parse(side.Version) is { } spec && spec.Matches(version);
}
