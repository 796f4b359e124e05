namespace SpmAudit.Language.Bundles;

/// <summary>One source file of a bundle as its manifest records it: path relative to the ruleset root, size and SHA-256.</summary>
public sealed record BundleFile(string Path, long Size, string Sha256);
