namespace SpmAudit.Language.Compilation;

/// <summary>
/// Where the compiler reads ruleset sources: the file system, the rulesets shipped inside the tool,
/// or a verified bundle. The loader and the profile resolver touch no file system themselves, so a
/// ruleset compiles the same (same relative paths, same hashes) wherever its files live. Full paths
/// are the store's own: what <see cref="FullPath"/> and <see cref="Combine"/> return.
/// </summary>
public interface ISourceStore
{
    /// <summary>The marker file whose folder is the ruleset root; imports may not leave it.</summary>
    public const string RootMarker = ".spmroot";

    /// <summary>The absolute, normalised form of a path a user gave.</summary>
    string FullPath(string path);

    /// <summary>The folder holding a full path; null at the top.</summary>
    string? Parent(string fullPath);

    /// <summary>A path as an import or a profile writes it, resolved against a folder.</summary>
    string Combine(string folder, string relative);

    /// <summary>The path of <paramref name="fullPath"/> seen from <paramref name="folder"/>, with '/'.</summary>
    string Relative(string folder, string fullPath);

    /// <summary>True when <paramref name="fullPath"/> lies strictly below <paramref name="folder"/>.</summary>
    bool IsInside(string fullPath, string folder);

    bool IsFile(string fullPath);

    bool IsFolder(string fullPath);

    /// <summary>The bytes of a file. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be read.</summary>
    byte[] Read(string fullPath);

    /// <summary>
    /// Whether a file is inside the ruleset root once links are followed; a store without links
    /// (embedded files, bundles) answers from the path itself.
    /// </summary>
    bool IsInsideRoot(string fullPath, string root) => IsInside(fullPath, root);

    /// <summary>How a full path appears in diagnostics.</summary>
    string Display(string fullPath);

    /// <summary>The nearest folder upwards holding a <c>.spmroot</c> marker, else <paramref name="folder"/> itself.</summary>
    string FindRoot(string folder)
    {
        for (var current = folder; current is not null; current = Parent(current))
        {
            if (IsFile(Combine(current, RootMarker)))
            {
                return current;
            }
        }

        return folder;
    }
}
