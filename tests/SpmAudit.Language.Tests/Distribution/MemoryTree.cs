using System.Collections.Immutable;
using SpmAudit.Language.Compilation;

namespace SpmAudit.Language.Tests.Distribution;

/// <summary>A folder's files copied into memory: the simplest virtual store, for comparing it with the file system.</summary>
internal sealed class MemoryTree(string name, IReadOnlyDictionary<string, byte[]> files) : VirtualStore(name)
{
    public override ImmutableSortedSet<string> Files { get; } = [.. files.Keys];

    public static MemoryTree Of(string folder, string name = "mem") => new(name, Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal));

    protected override byte[] ReadFile(string relative) => files[relative];
}
