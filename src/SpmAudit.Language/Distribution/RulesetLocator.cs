using System.Text.RegularExpressions;
using SpmAudit.Language.Bundles;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Distribution;

/// <summary>
/// The one place that turns what a user names as a ruleset into sources, for every command that
/// takes one: a file path (read as always), a bundle (*.spmb: read into memory and checked against
/// its manifest before anything compiles from it), or, when no such file exists, a shipped ruleset by
/// name: 'universal-standards' (the newest), 'universal-standards@3' (the newest 3.x) or
/// 'universal-standards@3.0.0' (exactly).
/// </summary>
public static partial class RulesetLocator
{
    /// <param name="spec">A path, or a shipped ruleset's name with an optional '@version'.</param>
    /// <param name="folder">The folder relative paths start from (the current folder when null).</param>
    /// <param name="displayBase">The folder file paths in diagnostics are relative to (the current folder when null).</param>
    public static RulesetLocation? Locate(string spec, DiagnosticBag diagnostics, string? folder = null, string? displayBase = null)
    {
        var path = Path.Combine(folder ?? "", spec);
        if (spec.EndsWith(Bundle.Extension, StringComparison.OrdinalIgnoreCase))
        {
            var display = DisplayPath.Of(path, displayBase ?? Environment.CurrentDirectory);
            var bundle = BundleReader.Read(path, display, diagnostics);
            var store = bundle?.Store(display);
            return store is null ? null : new RulesetLocation(store, store.FullPath(bundle!.Manifest.Entry));
        }

        // An existing file keeps its meaning; a folder never compiles, so a name beside it still finds the shipped ruleset.
        if (File.Exists(path) || NamePattern().Match(spec) is not { Success: true } name)
        {
            return new RulesetLocation(new FileSystemStore(displayBase ?? Environment.CurrentDirectory), Path.GetFullPath(path));
        }

        return Shipped(spec, name.Groups["id"].Value, name.Groups["version"] is { Success: true } v ? v.Value : null, diagnostics);
    }

    /// <summary>Locates and compiles; the diagnostics of both steps together.</summary>
    public static CompilationResult Compile(string spec, string? folder = null, string? displayBase = null)
    {
        var diagnostics = new DiagnosticBag();
        if (Locate(spec, diagnostics, folder, displayBase) is not { } location)
        {
            return new CompilationResult(null, diagnostics.ToSortedArray());
        }

        var compilation = RulesetCompiler.Compile(location.Store, location.Path);
        diagnostics.AddRange(compilation.Diagnostics);
        var files = location.Store is FileSystemStore disk ? disk.FilesRead
            : spec.EndsWith(Bundle.Extension, StringComparison.OrdinalIgnoreCase) ? [Path.GetFullPath(Path.Combine(folder ?? "", spec))]
            : [];
        return compilation with { Diagnostics = diagnostics.ToSortedArray(), Files = [.. files] };
    }

    private static RulesetLocation? Shipped(string spec, string id, string? versionText, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.None(spec);
        VersionSpec? version = null;
        if (versionText is not null && (version = VersionSpec.Parse(versionText)) is null)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidVersionSpec(span, versionText));
            return null;
        }

        var versions = ShippedCatalog.Rulesets.Where(r => r.Id == id).Select(r => r.Version).ToList();
        if (versions.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.UnknownShippedRuleset(span, id, Suggestions.Closest(id, ShippedCatalog.Rulesets.Select(r => r.Id).Distinct())));
            return null;
        }

        if (ShippedCatalog.Find(id, version) is not { } found)
        {
            diagnostics.Add(DiagnosticCatalog.NoMatchingShippedVersion(span, id, versionText!, string.Join(", ", versions)));
            return null;
        }

        return new RulesetLocation(ShippedCatalog.Store, ShippedCatalog.Store.FullPath(found.Path));
    }

    /// <summary>A name has no dot or slash, so no path of a ruleset file can be taken for one.</summary>
    [GeneratedRegex(@"^(?<id>[A-Za-z0-9][A-Za-z0-9_-]*)(@(?<version>.*))?$")]
    private static partial Regex NamePattern();
}
