using System.Runtime.InteropServices;

namespace SpmAudit.Language.Inputs;

/// <summary>
/// What a path names on disk, from the operating system's stat: a regular file, a folder, or
/// something else (a device, a FIFO, a socket), and the file's identity (device and inode), so that
/// two paths through links or hard links are known to be the same file.
/// </summary>
public readonly partial record struct FileIdentity(ulong Device, ulong Inode, FileKind Kind)
{
    /// <summary>The identity of what the path names (links followed); null when nothing is there.</summary>
    public static FileIdentity? Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return Native.Stat(path);
        }

        // Elsewhere: no inode to compare; a regular file or folder is told from the file system.
        return File.Exists(path) ? new FileIdentity(0, 0, FileKind.Regular)
            : Directory.Exists(path) ? new FileIdentity(0, 0, FileKind.Folder)
            : null;
    }

    /// <summary>Whether two paths name the same file: the same inode, or (without inodes) the same real path.</summary>
    public static bool Same(string a, string b)
    {
        if (OperatingSystem.IsLinux() && Of(a) is { } x && Of(b) is { } y)
        {
            return x.Device == y.Device && x.Inode == y.Inode;
        }

        return string.Equals(RealPath.Of(a), RealPath.Of(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>libc's stat on 64-bit Linux: st_dev and st_ino lead the structure; st_mode follows st_nlink on x64, precedes it on arm64.</summary>
    private static partial class Native
    {
        private const int Size = 256;
        private const uint TypeMask = 0xF000;

        public static FileIdentity? Stat(string path)
        {
            var buffer = new byte[Size];
            if (StatFile(path, ref buffer[0]) != 0)
            {
                return null;
            }

            var modeOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
            var mode = BitConverter.ToUInt32(buffer, modeOffset) & TypeMask;
            var kind = mode switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Folder,
                _ => FileKind.Special,
            };
            return new FileIdentity(BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8), kind);
        }

        [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
        private static partial int StatFile(string path, ref byte buffer);
    }
}

public enum FileKind
{
    Regular,
    Folder,

    /// <summary>A device, a FIFO or a socket: never read, since it may never end or never answer.</summary>
    Special,
}
