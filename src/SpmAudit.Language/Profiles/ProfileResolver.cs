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
internal sealed partial class ProfileResolver(DiagnosticBag diagnostics, string displayBase)
{
    private readonly List<string> _chain = [];

    public sealed record Resolution(List<LoadedSource> Sources, ImmutableArray<LineageEntry> Lineage);

    public Resolution? Resolve(string path, SourceSpan referencedAt)
    {
        var full = Path.GetFullPath(path);
        var display = Display(full);
        if (_chain.Contains(full, StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.ProfileCycle(referencedAt, string.Join(" -> ", [.. _chain.SkipWhile(p => p != full).Select(Display), display])));
            return null;
        }

        if (ProfileReader.Read(full, display, diagnostics) is not { } profile)
        {
            return null;
        }

        _chain.Add(full);
        try
        {
            var basePath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, profile.BasePath));
            if (!File.Exists(basePath))
            {
                diagnostics.Add(DiagnosticCatalog.ImportNotFound(profile.BaseSpan, Display(basePath)));
                return null;
            }

            var before = diagnostics.ErrorCount;
            Resolution? baseResolution = ProfileReader.IsProfile(basePath)
                ? Resolve(basePath, profile.BaseSpan)
                : new Resolution([.. new SourceLoader(diagnostics, displayBase).Load(basePath)], []);
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
            var relative = Path.GetRelativePath(SourceLoader.FindRoot(Path.GetDirectoryName(full)!), full).Replace('\\', '/');
            tailored.Add(new LoadedSource(full, display, relative, Sha256(full), Empty(display), IsRoot: false));
            return new Resolution(tailored, lineage.Add(new LineageEntry("profile", profile.Id, profile.Version, relative)));
        }
        finally
        {
            _chain.RemoveAt(_chain.Count - 1);
        }
    }

    private static RulesetFileSyntax Empty(string path) => new(path, null, [], [], null, SourceSpan.None(path), null, [], []);

    private static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private string Display(string full) => DisplayPath.Of(full, displayBase);
}
