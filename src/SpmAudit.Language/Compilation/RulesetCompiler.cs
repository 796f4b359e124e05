using System.Collections.Immutable;
using SpmAudit.Language.Binding;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;

namespace SpmAudit.Language.Compilation;

/// <summary>
/// The compiler's stages, in order:
/// 1. Load: read the root file and its imports, parsing each with the DSL or YAML front end.
///    Syntax errors of every file are reported together.
/// 2. Bind: declarations (evidence, parameters, scale, grades), then the hierarchy and its rules,
///    type-checked against the evidence dictionary. Skipped when a file has syntax errors,
///    whose holes would only produce echoes of the same mistakes.
/// 3. Check: warnings about legal but suspicious constructs (inside the binder's last step).
/// 4. C# functions: compiled against the sandbox's allow-list, metered, cached by content hash.
/// </summary>
public static class RulesetCompiler
{
    /// <summary>Compiles a ruleset or a profile on disk; paths in diagnostics are relative to <paramref name="displayBase"/> (default: the current folder).</summary>
    public static CompilationResult Compile(string path, string? displayBase = null) =>
        Compile(new FileSystemStore(displayBase ?? Environment.CurrentDirectory), path);

    /// <summary>Compiles a ruleset or a profile read from a store: the file system, the shipped rulesets or a bundle.</summary>
    public static CompilationResult Compile(ISourceStore store, string path)
    {
        var diagnostics = new DiagnosticBag();
        var (sources, lineage) = Load(store, path, diagnostics);
        if (sources.Count == 0 || diagnostics.HasErrors)
        {
            return new CompilationResult(null, diagnostics.ToSortedArray());
        }

        var ruleset = new Binder(sources, diagnostics) { ReportUnused = lineage.IsEmpty }.Bind();
        if (ruleset is not null && !diagnostics.HasErrors)
        {
            // Stage 4: C# functions compiled and sandboxed (or found in the cache); Roslyn is not loaded for rulesets without them.
            Scripting.ScriptStage.Check(ruleset.Functions, diagnostics);
        }

        if (ruleset is not null && !lineage.IsEmpty)
        {
            ruleset = ruleset with { Info = ruleset.Info with { Lineage = lineage } };
        }

        return new CompilationResult(diagnostics.HasErrors ? null : ruleset, diagnostics.ToSortedArray());
    }

    /// <summary>
    /// The merged syntax of a ruleset or resolved profile as one file (imports inlined), for
    /// 'spm-audit resolve'. Null when there are errors.
    /// </summary>
    public static Syntax.RulesetFileSyntax? ResolveSyntax(string path, DiagnosticBag diagnostics, string? displayBase = null) =>
        ResolveSyntax(new FileSystemStore(displayBase ?? Environment.CurrentDirectory), path, diagnostics);

    public static Syntax.RulesetFileSyntax? ResolveSyntax(ISourceStore store, string path, DiagnosticBag diagnostics)
    {
        var sources = Load(store, path, diagnostics).Sources;
        if (sources.Count == 0 || diagnostics.HasErrors)
        {
            return null;
        }

        var root = sources[0].Syntax;
        return root with
        {
            Imports = [],
            Parameters = [.. sources.SelectMany(s => s.Syntax.Parameters)],
            Evidence = [.. sources.SelectMany(s => s.Syntax.Evidence)],
            Nodes = Extensions.Apply([.. sources.SelectMany(s => s.Syntax.Nodes)], [.. sources.SelectMany(s => s.Syntax.Extensions)], diagnostics),
            Extensions = [],
            Comments = [],
        };
    }

    private static DocumentKind KindOf(ISourceStore store, string fullPath)
    {
        try
        {
            return store.IsFile(fullPath) && SourceText.Decode(store.Read(fullPath), fullPath, new DiagnosticBag()) is { } text ? DocumentKinds.Of(fullPath, text) : DocumentKind.Ruleset;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The loader reports an unreadable file as it does any source.
            return DocumentKind.Ruleset;
        }
    }

    /// <summary>Stage 1 for a ruleset or, through its base chain, for a profile.</summary>
    private static (IReadOnlyList<LoadedSource> Sources, ImmutableArray<Model.LineageEntry> Lineage) Load(ISourceStore store, string path, DiagnosticBag diagnostics)
    {
        // A pack or a file of test cases given as the ruleset: one diagnostic naming the command that reads it.
        var kind = KindOf(store, store.FullPath(path));
        if (kind is DocumentKind.EvidencePack or DocumentKind.TestCases)
        {
            diagnostics.Add(DocumentKinds.WrongKind(store.Display(store.FullPath(path)), kind, "a ruleset or a profile"));
            return ([], []);
        }

        if (!Profiles.ProfileReader.IsProfile(store, store.FullPath(path)))
        {
            return (new SourceLoader(diagnostics, store).Load(path), []);
        }

        // A profile resolves to the tailored sources of its base; binding is then the same as for any ruleset.
        var resolution = new Profiles.ProfileResolver(diagnostics, store).Resolve(path, SourceSpan.None(path));
        return (resolution?.Sources ?? [], resolution?.Lineage ?? []);
    }
}
