using System.Collections.Immutable;
using System.Security.Cryptography;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Compilation;

/// <summary>
/// Reads the C# files that functions name ('= csharp "pricing.csx"') beside the declaring file,
/// under the same rules as imports (inside the ruleset root, regular files, UTF-8, size limits),
/// and puts their text into the function's syntax; each file becomes one of the ruleset's sources.
/// </summary>
internal sealed class ScriptFiles(DiagnosticBag diagnostics, ISourceStore store, string root)
{
    private readonly ImmutableArray<SourceFile>.Builder _files = ImmutableArray.CreateBuilder<SourceFile>();

    public ImmutableArray<SourceFile> Files => _files.ToImmutable();

    public RulesetFileSyntax Attach(RulesetFileSyntax syntax, string declaringFile)
    {
        if (!syntax.Functions.Any(f => f.CSharp?.File is not null))
        {
            return syntax;
        }

        return syntax with { Functions = [.. syntax.Functions.Select(f => f.CSharp is { File: { } file } body ? f with { CSharp = Read(f.Name, body, file, declaringFile) } : f)] };
    }

    private CSharpBodySyntax Read(string function, CSharpBodySyntax body, string file, string declaringFile)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (InputPath.Problem(file) is { } problem || extension is not (".cs" or ".csx"))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidPath(body.CodeStart, ControlCharacters.Escape(file, keepLineBreaks: false), InputPath.Problem(file) ?? "a C# file ends in .cs or .csx"));
            return body;
        }

        var full = store.Combine(store.Parent(declaringFile)!, file);
        if (!store.IsInside(full, root) || (store.IsFile(full) && !store.IsInsideRoot(full, root)))
        {
            diagnostics.Add(DiagnosticCatalog.ImportOutsideRoot(body.CodeStart, file, store.Display(root) + "/"));
            return body;
        }

        if (!store.IsFile(full))
        {
            diagnostics.Add(DiagnosticCatalog.CSharpFileNotFound(body.CodeStart, function, store.Display(full)));
            return body;
        }

        try
        {
            var bytes = store.Read(full);
            if (SourceText.Decode(bytes, store.Display(full), diagnostics) is not { } text)
            {
                return body;
            }

            var relative = store.Relative(root, full);
            if (!_files.Any(f => f.Path == relative))
            {
                _files.Add(new SourceFile(relative, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            }

            return body with { Code = text, CodeStart = new SourceSpan(store.Display(full), 1, 1) };
        }
        catch (InputRefusedException refused)
        {
            diagnostics.Add(refused.ToDiagnostic(body.CodeStart, store.Display(full)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(body.CodeStart, store.Display(full), e.Message));
        }

        return body;
    }
}
