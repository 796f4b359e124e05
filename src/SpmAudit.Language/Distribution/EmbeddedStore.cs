using System.Collections.Immutable;
using System.Reflection;
using SpmAudit.Language.Compilation;

namespace SpmAudit.Language.Distribution;

/// <summary>A ruleset tree embedded as resources named <c>prefix + relative/path</c>; read on demand.</summary>
public sealed class EmbeddedStore : VirtualStore
{
    private readonly Assembly _assembly;
    private readonly ImmutableSortedDictionary<string, string> _resources;

    public EmbeddedStore(Assembly assembly, string prefix, string name)
        : base(name)
    {
        _assembly = assembly;

        // Resource names keep the separator of the machine that built them; the tree always uses '/'.
        _resources = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(prefix, StringComparison.Ordinal))
            .Select(r => (Relative: r[prefix.Length..].Replace('\\', '/'), Resource: r))
            .Where(r => r.Relative != ISourceStore.RootMarker)
            .ToImmutableSortedDictionary(r => r.Relative, r => r.Resource, StringComparer.Ordinal);
        Files = [.. _resources.Keys];
    }

    public override ImmutableSortedSet<string> Files { get; }

    protected override byte[] ReadFile(string relative)
    {
        using var stream = _assembly.GetManifestResourceStream(_resources[relative])!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
