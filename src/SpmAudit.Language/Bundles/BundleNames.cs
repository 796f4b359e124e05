namespace SpmAudit.Language.Bundles;

/// <summary>What a file name inside a bundle may be: a relative path with '/' that stays inside it.</summary>
internal static class BundleNames
{
    /// <summary>An empty entry whose name ends with '/': zip tools add these for folders; they hold nothing to read.</summary>
    public static bool IsFolder(string name, long length) => length == 0 && name.EndsWith('/') && Problem(name[..^1]) is null;

    /// <summary>Why a name is refused, or null when it is a plain relative path.</summary>
    public static string? Problem(string name) => name switch
    {
        "" => "it has no name",
        _ when name.Any(char.IsControl) => "it contains control characters",
        _ when name.Contains('\\', StringComparison.Ordinal) => "it uses '\\' where bundles use '/'",
        _ when name.StartsWith('/') => "it is an absolute path",
        _ when name.Contains(':', StringComparison.Ordinal) => "it names a drive or a stream (':')",
        _ when name.Split('/').Any(s => s is "..") => "it climbs out of the bundle ('..')",
        _ when name.Split('/').Any(s => s is "" or ".") => "it has an empty or '.' path segment",
        _ => null,
    };
}
