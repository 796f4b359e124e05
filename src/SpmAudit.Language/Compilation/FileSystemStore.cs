using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Compilation;

/// <summary>Sources on disk: what a path names, displayed relative to <paramref name="displayBase"/> when inside it.</summary>
public sealed class FileSystemStore(string displayBase) : ISourceStore
{
    private readonly List<string> _read = [];

    public FileSystemStore()
        : this(Environment.CurrentDirectory)
    {
    }

    public string FullPath(string path) => Path.GetFullPath(path);

    public string? Parent(string fullPath) => Path.GetDirectoryName(fullPath);

    public string Combine(string folder, string relative) => Path.GetFullPath(Path.Combine(folder, relative));

    public string Relative(string folder, string fullPath) => Path.GetRelativePath(folder, fullPath).Replace('\\', '/');

    public bool IsInside(string fullPath, string folder) =>
        fullPath.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public bool IsFile(string fullPath) => File.Exists(fullPath);

    public bool IsFolder(string fullPath) => Directory.Exists(fullPath);

    /// <summary>Regular files only, and no more than <see cref="Inputs.InputLimits.MaxFileBytes"/>.</summary>
    public byte[] Read(string fullPath)
    {
        lock (_read)
        {
            _read.Add(fullPath);
        }

        return Inputs.InputFile.Read(fullPath);
    }

    /// <summary>Every file this store was asked to read: the inputs an output must never replace.</summary>
    public IReadOnlyList<string> FilesRead
    {
        get
        {
            lock (_read)
            {
                return [.. _read];
            }
        }
    }

    public bool IsInsideRoot(string fullPath, string root) => Inputs.RealPath.IsInside(fullPath, root);

    public string Display(string fullPath) => DisplayPath.Of(fullPath, displayBase);
}
