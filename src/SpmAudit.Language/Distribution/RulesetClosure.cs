using System.Collections.Immutable;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Distribution;

/// <summary>
/// Every file a ruleset is made of (its root, every import, and for a profile its base chain),
/// keyed by path relative to the ruleset root: what a bundle holds and an export writes out.
/// Found by compiling through a store that remembers what it read, so the list can never miss a
/// file the compiler needs, nor hold one it does not.
/// </summary>
public sealed record RulesetClosure(CompilationResult Compilation, string Entry, ImmutableSortedDictionary<string, byte[]> Files)
{
    /// <summary>Null, with the diagnostics, when the ruleset does not compile (a file outside its root does not compile).</summary>
    public static RulesetClosure? Collect(RulesetLocation location, DiagnosticBag diagnostics)
    {
        var recording = new RecordingStore(location.Store);
        var compilation = RulesetCompiler.Compile(recording, location.Path);
        diagnostics.AddRange(compilation.Diagnostics);
        if (!compilation.Success)
        {
            return null;
        }

        var store = location.Store;
        var entry = store.FullPath(location.Path);
        var root = store.FindRoot(store.Parent(entry)!);
        if (recording.Reads.Keys.FirstOrDefault(f => !store.IsInside(f, root)) is { } outside)
        {
            // The loader refuses imports and profile bases outside the root, so this cannot happen.
            throw new InvalidOperationException($"{store.Display(outside)} was read from outside the ruleset root.");
        }

        var files = recording.Reads.ToImmutableSortedDictionary(f => store.Relative(root, f.Key), f => f.Value, StringComparer.Ordinal);
        return new RulesetClosure(compilation, store.Relative(root, entry), files);
    }

    /// <summary>Passes everything through, keeping the bytes of each file read.</summary>
    private sealed class RecordingStore(ISourceStore inner) : ISourceStore
    {
        public Dictionary<string, byte[]> Reads { get; } = new(StringComparer.Ordinal);

        public string FullPath(string path) => inner.FullPath(path);

        public string? Parent(string fullPath) => inner.Parent(fullPath);

        public string Combine(string folder, string relative) => inner.Combine(folder, relative);

        public string Relative(string folder, string fullPath) => inner.Relative(folder, fullPath);

        public bool IsInside(string fullPath, string folder) => inner.IsInside(fullPath, folder);

        public bool IsInsideRoot(string fullPath, string root) => inner.IsInsideRoot(fullPath, root);

        public bool IsFile(string fullPath) => inner.IsFile(fullPath);

        public bool IsFolder(string fullPath) => inner.IsFolder(fullPath);

        public string Display(string fullPath) => inner.Display(fullPath);

        byte[] ISourceStore.Read(string fullPath) => Reads[fullPath] = inner.Read(fullPath);
    }
}
