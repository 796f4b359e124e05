using System.Collections.Immutable;

namespace SpmAudit.Language.Bundles;

/// <summary>
/// What a bundle says about itself, in <c>manifest.json</c>: the ruleset (or profile) it holds, the
/// file to compile (<paramref name="Entry"/>), the engines that may read it, when it was made, and
/// the hash of every file. A signature covers the manifest's exact bytes, so it covers every file.
/// </summary>
public sealed record BundleManifest(
    string Kind,
    string Id,
    string Title,
    string Version,
    string? Follows,
    string Entry,
    EngineRange Engine,
    string Created,
    ImmutableArray<BundleFile> Files)
{
    /// <summary>The layout version of bundles this engine writes and reads.</summary>
    public const int Format = 1;

    public const string FileName = "manifest.json";
}
