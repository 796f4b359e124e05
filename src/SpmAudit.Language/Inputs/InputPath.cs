namespace SpmAudit.Language.Inputs;

/// <summary>What a path written inside an input (an import, a profile's base) may be: one the file system can take as it is written.</summary>
public static class InputPath
{
    /// <summary>Why the path cannot name a file, or null when it can.</summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return "the path is empty";
        }

        if (path.Any(char.IsControl))
        {
            return "it contains a control character (shown escaped)";
        }

        return path.Length > 4096 ? "it is longer than the 4,096 characters a path may have" : null;
    }
}
