using System.Collections.Immutable;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Profiles;

/// <summary>
/// Resolves a profile into the sources of a tailored ruleset, deterministically and keeping the
/// hierarchy: the base is loaded (itself resolved first when it is a profile), then additions,
/// changes, and finally include/exclude are applied to its syntax. Everything a profile names must
/// exist in its base, and every entry must change something.
/// </summary>
internal sealed partial class ProfileResolver(DiagnosticBag diagnostics, ISourceStore store)
{
    private readonly List<string> _chain = [];

    public sealed record Resolution(List<LoadedSource> Sources, ImmutableArray<LineageEntry> Lineage);

    public Resolution? Resolve(string path, SourceSpan referencedAt)
    {
        var full = store.FullPath(path);
        var display = Display(full);
        if (_chain.Contains(full, StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.ProfileCycle(referencedAt, string.Join(" -> ", [.. _chain.SkipWhile(p => p != full).Select(Display), display])));
            return null;
        }

        if (ProfileReader.Read(store, full, display, diagnostics) is not { } profile)
        {
            return null;
        }

        _chain.Add(full);
        try
        {
            var basePath = store.Combine(store.Parent(full)!, profile.BasePath);
            var root = store.FindRoot(store.Parent(full)!);
            if (!store.IsInsideRoot(basePath, root))
            {
                // Like an import: a base (absolute, or reached through a link) may not leave the root.
                diagnostics.Add(DiagnosticCatalog.ImportOutsideRoot(profile.BaseSpan, profile.BasePath, Display(root) + "/"));
                return null;
            }

            if (!store.IsFile(basePath))
            {
                diagnostics.Add(DiagnosticCatalog.ImportNotFound(profile.BaseSpan, Display(basePath)));
                return null;
            }

            var before = diagnostics.ErrorCount;
            Resolution? baseResolution = ProfileReader.IsProfile(store, basePath)
                ? Resolve(basePath, profile.BaseSpan)
                : new Resolution([.. new SourceLoader(diagnostics, store).Load(basePath)], []);
            if (baseResolution is null || baseResolution.Sources.Count == 0 || diagnostics.ErrorCount > before)
            {
                return null;
            }

            var sources = baseResolution.Sources;
            var header = sources[0].Syntax.Header;
            var lineage = baseResolution.Lineage.IsEmpty && header is not null
                ? [new LineageEntry("ruleset", header.Id, header.Version ?? "0.0.0", sources[0].RelativeToRoot)]
                : baseResolution.Lineage;
            if (profile.BaseVersion is { } expected && header?.Version is { } found && expected != found)
            {
                diagnostics.Add(DiagnosticCatalog.BaseVersionMismatch(profile.BaseSpan, expected, found));
            }

            var tailored = new Tailoring(profile, sources, diagnostics).Apply();
            var relative = store.Relative(store.FindRoot(store.Parent(full)!), full);
            tailored.Add(new LoadedSource(full, display, relative, Sha256(store.Read(full)), Empty(display), IsRoot: false));
            return new Resolution(tailored, lineage.Add(new LineageEntry("profile", profile.Id, profile.Version, relative)));
        }
        finally
        {
            _chain.RemoveAt(_chain.Count - 1);
        }
    }

    private static RulesetFileSyntax Empty(string path) => new(path, null, [], [], null, SourceSpan.None(path), null, [], []);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    private string Display(string full) => store.Display(full);
}
