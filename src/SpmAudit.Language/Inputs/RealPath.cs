using System.Runtime.InteropServices;

namespace SpmAudit.Language.Inputs;

/// <summary>A path with every symbolic link resolved (the operating system's realpath), so a check of where a file is cannot be fooled by a link.</summary>
public static partial class RealPath
{
    /// <summary>The real path, or the full path as written when it does not exist (yet).</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            return full;
        }

        var resolved = Resolve(full, 0);
        if (resolved == 0)
        {
            // Not there (yet): resolve the folder that is, keep the rest as written.
            var parent = Path.GetDirectoryName(full);
            return parent is null || parent == full ? full : Path.Combine(Of(parent), Path.GetFileName(full));
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved) ?? full;
        }
        finally
        {
            Free(resolved);
        }
    }

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="folder"/> once both are real paths.</summary>
    public static bool IsInside(string path, string folder)
    {
        var real = Of(path);
        var root = Of(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return real.StartsWith(root, StringComparison.Ordinal);
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint Resolve(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);
}
