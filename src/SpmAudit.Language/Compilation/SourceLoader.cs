using SpmAudit.Language.Inputs;
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
internal sealed class SourceLoader(DiagnosticBag diagnostics, ISourceStore store)
{

    private readonly List<LoadedSource> _loaded = [];
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);
    private readonly List<string> _stack = [];
    private string _root = "";
    private long _bytes;

    public IReadOnlyList<LoadedSource> Load(string path)
    {
        var full = store.FullPath(path);
        _root = store.FindRoot(store.Parent(full)!);
        Visit(full, SourceSpan.None(Display(full)), isRoot: true);
        return _loaded;
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

        if (store.IsFolder(full))
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(importedAt, display, "it is a folder, not a file."));
            return;
        }

        if (!store.IsFile(full))
        {
            diagnostics.Add(isRoot ? DiagnosticCatalog.FileNotFound(importedAt, display) : DiagnosticCatalog.ImportNotFound(importedAt, display));
            return;
        }

        if (!isRoot && !store.IsInsideRoot(full, _root))
        {
            // A link inside the root that leads out of it: refused, and nothing of the target is shown.
            diagnostics.Add(DiagnosticCatalog.ImportOutsideRoot(importedAt, display, Display(_root) + "/"));
            return;
        }

        byte[] bytes;
        try
        {
            bytes = store.Read(full);
        }
        catch (Inputs.InputRefusedException refused)
        {
            diagnostics.Add(refused.ToDiagnostic(importedAt, display));
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(importedAt, display, e.Message));
            return;
        }

        _bytes += bytes.Length;
        if (_bytes > Inputs.InputLimits.MaxRulesetBytes)
        {
            diagnostics.Add(DiagnosticCatalog.RulesetTooLarge(importedAt, DiagnosticCatalog.Limit(Inputs.InputLimits.MaxRulesetBytes)));
            return;
        }

        if (SourceText.Decode(bytes, display, diagnostics) is not { } text)
        {
            return;
        }

        var syntax = Parse(display, text, diagnostics);
        if (!isRoot && syntax.Header is not null)
        {
            diagnostics.Add(DiagnosticCatalog.ImportedRuleset(importedAt, display));
            return;
        }

        var relative = store.Relative(_root, full);
        var scripts = new ScriptFiles(diagnostics, store, _root);
        syntax = scripts.Attach(syntax, full);
        _loaded.Add(new LoadedSource(full, display, relative, Convert.ToHexStringLower(SHA256.HashData(bytes)), syntax, isRoot) { Scripts = scripts.Files });

        _stack.Add(full);
        foreach (var import in syntax.Imports)
        {
            if (Inputs.InputPath.Problem(import.Path) is { } problem)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidPath(import.Span, Diagnostics.ControlCharacters.Escape(import.Path, keepLineBreaks: false), problem));
                continue;
            }

            var target = store.Combine(store.Parent(full)!, import.Path);
            if (!store.IsInside(target, _root))
            {
                diagnostics.Add(DiagnosticCatalog.ImportOutsideRoot(import.Span, import.Path, Display(_root) + "/"));
                continue;
            }

            Visit(target, import.Span, isRoot: false);
        }

        _stack.RemoveAt(_stack.Count - 1);
    }

    private string Display(string full) => store.Display(full);
}
