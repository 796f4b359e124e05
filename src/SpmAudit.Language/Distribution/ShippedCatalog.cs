using SpmAudit.Language.Inputs;
using System.Collections.Immutable;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing;
using SpmAudit.Language.Profiles;

namespace SpmAudit.Language.Distribution;

/// <summary>
/// The rulesets and profiles shipped inside the tool (the repository's rulesets/ tree, embedded at
/// build time), found by their headers, so that a new shipped ruleset needs no list to be kept.
/// </summary>
public static class ShippedCatalog
{
    /// <summary>How shipped files appear in diagnostics: <c>shipped:universal-standards/universal-standards.spm</c>.</summary>
    public const string StoreName = "shipped";

    private const string ExamplesFolder = "examples/";

    private static readonly Lazy<ImmutableArray<ShippedRuleset>> All = new(Discover);

    public static VirtualStore Store { get; } = new EmbeddedStore(typeof(ShippedCatalog).Assembly, "SpmAudit.Rulesets/", StoreName);

    /// <summary>Every shipped ruleset and profile, by id then oldest version first.</summary>
    public static ImmutableArray<ShippedRuleset> Rulesets => All.Value;

    /// <summary>The example evidence packs, relative to the shipped tree.</summary>
    public static IEnumerable<string> Examples => Store.Files.Where(f => f.StartsWith(ExamplesFolder, StringComparison.Ordinal));

    /// <summary>The newest version of <paramref name="id"/> that <paramref name="version"/> matches (any version when null).</summary>
    public static ShippedRuleset? Find(string id, VersionSpec? version) => Select(Rulesets, id, version);

    internal static ShippedRuleset? Select(IEnumerable<ShippedRuleset> rulesets, string id, VersionSpec? version) =>
        rulesets.Where(r => r.Id == id && (version is null || version.Matches(r.Version))).MaxBy(r => r.Version, Comparer<string>.Create(VersionSpec.Compare));

    private static ImmutableArray<ShippedRuleset> Discover()
    {
        var rulesets = new List<ShippedRuleset>();
        var profiles = new List<(string Path, ProfileSyntax Profile)>();
        foreach (var relative in Store.Files.Where(f => !f.StartsWith(ExamplesFolder, StringComparison.Ordinal) && Path.GetExtension(f) is ".spm" or ".yaml"))
        {
            var full = Store.FullPath(relative);
            var display = Store.Display(full);
            var diagnostics = new DiagnosticBag();
            if (ProfileReader.IsProfile(Store, full))
            {
                if (ProfileReader.Read(Store, full, display, diagnostics) is { } profile)
                {
                    profiles.Add((relative, profile));
                }
            }
            else if (HeaderBlock(SourceText.Decode(Store.Read(full), display, diagnostics) ?? "") is { } block
                && SourceLoader.Parse(display, block, diagnostics).Header is { } header)
            {
                rulesets.Add(new ShippedRuleset(header.Id, header.Version ?? "0.0.0", header.Title, header.Follows, relative, Base: null));
            }
        }

        // A profile's base may itself be a profile: resolve until no more profiles find their base.
        for (var added = true; added;)
        {
            added = false;
            foreach (var (path, profile) in profiles.Where(p => !rulesets.Any(r => r.Path == p.Path)))
            {
                var basePath = Store.Relative(VirtualStore.Root, Store.Combine(Store.Parent(Store.FullPath(path))!, profile.BasePath));
                if (rulesets.FirstOrDefault(r => r.Path == basePath) is { } @base)
                {
                    rulesets.Add(new ShippedRuleset(profile.Id, profile.Version, profile.Title, @base.Follows, path, @base.Name));
                    added = true;
                }
            }
        }

        return [.. rulesets.OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Version, Comparer<string>.Create(VersionSpec.Compare))];
    }

    /// <summary>
    /// The header block of a ruleset file: its first line that is not a comment, when that opens a
    /// header ('ruleset …' or 'ruleset:'), with the indented lines after it. Parsing only this block
    /// keeps listing and naming fast; null for modules, which have no header.
    /// </summary>
    private static string? HeaderBlock(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#') && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        if (start < 0 || !(lines[start].StartsWith("ruleset ", StringComparison.Ordinal) || lines[start].StartsWith("ruleset:", StringComparison.Ordinal)))
        {
            return null;
        }

        var end = start + 1;
        while (end < lines.Length && lines[end].Length > 0 && char.IsWhiteSpace(lines[end][0]))
        {
            end++;
        }

        return string.Join('\n', lines[start..end]) + "\n";
    }
}
