using System.Collections.Immutable;

namespace SpmAudit.Language.Compilation;

/// <summary>
/// A ruleset tree held in memory or in resources, keyed by paths relative to its root (with '/').
/// Full paths start with '/', the root; a path that climbs above it keeps its leading '..' so that
/// an import leaving the root is still reported as one. The root always carries the root marker.
/// </summary>
public abstract class VirtualStore(string name) : ISourceStore
{
    public const string Root = "/";

    /// <summary>Every file of the tree, relative to its root.</summary>
    public abstract ImmutableSortedSet<string> Files { get; }

    /// <summary>The bytes of a file of <see cref="Files"/>, by relative path.</summary>
    protected abstract byte[] ReadFile(string relative);

    public string FullPath(string path) => Normalize(path.Replace('\\', '/'));

    public string? Parent(string fullPath)
    {
        if (fullPath == Root)
        {
            return null;
        }

        var slash = fullPath.LastIndexOf('/');
        return slash <= 0 ? Root : fullPath[..slash];
    }

    public string Combine(string folder, string relative) => Normalize(folder + "/" + relative.Replace('\\', '/'));

    public string Relative(string folder, string fullPath)
    {
        var from = Segments(folder);
        var to = Segments(fullPath);
        var common = 0;
        while (common < from.Length && common < to.Length && from[common] == to[common])
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)).ToArray();
        return parts.Length == 0 ? "." : string.Join('/', parts);
    }

    public bool IsInside(string fullPath, string folder) =>
        fullPath != folder && Relative(folder, fullPath) is var relative && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal);

    public bool IsFile(string fullPath) =>
        fullPath == Root + ISourceStore.RootMarker || (IsInside(fullPath, Root) && Files.Contains(fullPath[1..]));

    public bool IsFolder(string fullPath) =>
        fullPath == Root || (IsInside(fullPath, Root) && Files.Any(f => f.StartsWith(fullPath[1..] + "/", StringComparison.Ordinal)));

    public byte[] Read(string fullPath)
    {
        if (fullPath == Root + ISourceStore.RootMarker)
        {
            return [];
        }

        return IsFile(fullPath) ? ReadFile(fullPath[1..]) : throw new FileNotFoundException($"'{Display(fullPath)}' is not in {name}.");
    }

    /// <summary>'name:relative/path'; the root itself is 'name:.', as the file system shows the current folder.</summary>
    public string Display(string fullPath) => $"{name}:{(fullPath == Root ? "." : fullPath.TrimStart('/'))}";

    /// <summary>'/a/./b/../c' → '/a/c'; '..' above the root is kept: '/../x'.</summary>
    private static string Normalize(string path)
    {
        var stack = new List<string>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == ".." && stack.Count > 0 && stack[^1] != "..")
            {
                stack.RemoveAt(stack.Count - 1);
            }
            else
            {
                stack.Add(segment);
            }
        }

        return Root + string.Join('/', stack);
    }

    private static string[] Segments(string fullPath) => fullPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
