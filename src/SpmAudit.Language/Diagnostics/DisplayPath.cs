namespace SpmAudit.Language.Diagnostics;

/// <summary>How file paths appear in diagnostics: relative to a base folder when inside it, otherwise absolute, with '/'.</summary>
public static class DisplayPath
{
    public static string Of(string path, string displayBase)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(displayBase, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
