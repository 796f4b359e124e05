using System.Collections.Immutable;
using SpmAudit.Language.Compilation;

namespace SpmAudit.Language.Bundles;

/// <summary>The verified files of a bundle, held in memory: nothing is ever extracted to disk.</summary>
public sealed class BundleStore(string display, ImmutableSortedDictionary<string, byte[]> files) : VirtualStore(display)
{
    public override ImmutableSortedSet<string> Files { get; } = [.. files.Keys];

    protected override byte[] ReadFile(string relative) => files[relative];
}
