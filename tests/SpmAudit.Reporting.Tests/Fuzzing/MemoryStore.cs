using System.Collections.Immutable;
using SpmAudit.Language.Compilation;

namespace SpmAudit.Reporting.Tests.Fuzzing;

/// <summary>A ruleset tree in memory, so a fuzz input is compiled without touching the disk.</summary>
internal sealed class MemoryStore(IReadOnlyDictionary<string, byte[]> files) : VirtualStore("fuzz")
{
    public override ImmutableSortedSet<string> Files { get; } = [.. files.Keys];

    public static Dictionary<string, byte[]> Folder(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    protected override byte[] ReadFile(string relative) => files[relative];
}
