using System.Security.Cryptography;
using System.Text;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing;
using SpmAudit.Language.Parsing.Yaml;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Compilation;

/// <summary>
/// Stage 1: reads the root file and, depth first, every file it imports. Reports missing files,
/// import cycles, imports that leave the ruleset root, and rulesets imported as modules.
/// </summary>
internal sealed class SourceLoader(DiagnosticBag diagnostics, string displayBase)
{
    public const string RootMarker = ".spmroot";

    private readonly List<LoadedSource> _loaded = [];
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly List<string> _stack = [];
    private string _root = "";

    public IReadOnlyList<LoadedSource> Load(string path)
    {
        var full = Path.GetFullPath(path);
        _root = FindRoot(Path.GetDirectoryName(full)!);
        Visit(full, SourceSpan.None(Display(full)), isRoot: true);
        return _loaded;
    }

    /// <summary>The nearest folder upwards holding a <c>.spmroot</c> marker, else the root file's folder.</summary>
    public static string FindRoot(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(Path.Combine(current, RootMarker)))
            {
                return current;
            }
        }

        return folder;
    }

    public static RulesetFileSyntax Parse(string path, string text, DiagnosticBag diagnostics) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml"
            ? YamlRulesetParser.ParseFile(path, text, diagnostics)
            : DslParser.ParseFile(path, text, diagnostics);

    private void Visit(string full, SourceSpan importedAt, bool isRoot)
    {
        if (_stack.Contains(full, StringComparer.Ordinal))
        {
            var cycle = _stack.SkipWhile(p => p != full).Append(full).Select(Display);
            diagnostics.Add(DiagnosticCatalog.ImportCycle(importedAt, string.Join(" -> ", cycle)));
            return;
        }

        if (!_done.Add(full))
        {
            return;
        }

        var display = Display(full);
        var extension = Path.GetExtension(full).ToLowerInvariant();
        if (extension is not (".spm" or ".yaml" or ".yml"))
        {
            diagnostics.Add(DiagnosticCatalog.UnsupportedExtension(importedAt, display));
            return;
        }

        if (Directory.Exists(full))
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(importedAt, display, "it is a folder, not a file."));
            return;
        }

        if (!File.Exists(full))
        {
            diagnostics.Add(isRoot ? DiagnosticCatalog.FileNotFound(importedAt, display) : DiagnosticCatalog.ImportNotFound(importedAt, display));
            return;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(importedAt, display, e.Message));
            return;
        }

        var syntax = Parse(display, SourceText.Decode(bytes), diagnostics);
        if (!isRoot && syntax.Header is not null)
        {
            diagnostics.Add(DiagnosticCatalog.ImportedRuleset(importedAt, display));
            return;
        }

        var relative = Path.GetRelativePath(_root, full).Replace('\\', '/');
        _loaded.Add(new LoadedSource(full, display, relative, Convert.ToHexStringLower(SHA256.HashData(bytes)), syntax, isRoot));

        _stack.Add(full);
        foreach (var import in syntax.Imports)
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, import.Path));
            if (!IsInside(target, _root))
            {
                diagnostics.Add(DiagnosticCatalog.ImportOutsideRoot(import.Span, import.Path, Display(_root) + "/"));
                continue;
            }

            Visit(target, import.Span, isRoot: false);
        }

        _stack.RemoveAt(_stack.Count - 1);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Display(string full) => DisplayPath.Of(full, displayBase);
}
