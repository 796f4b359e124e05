using SpmAudit.Language.Binding;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Compilation;

/// <summary>
/// The compiler's stages, in order:
/// 1. Load: read the root file and its imports, parsing each with the DSL or YAML front end.
///    Syntax errors of every file are reported together.
/// 2. Bind: declarations (evidence, parameters, scale, grades), then the hierarchy and its rules,
///    type-checked against the evidence dictionary. Skipped when a file has syntax errors,
///    whose holes would only produce echoes of the same mistakes.
/// 3. Check: warnings about legal but suspicious constructs (inside the binder's last step).
/// </summary>
public static class RulesetCompiler
{
    public static CompilationResult Compile(string path, string? displayBase = null)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SourceLoader(diagnostics, displayBase ?? Environment.CurrentDirectory).Load(path);
        if (sources.Count == 0 || diagnostics.HasErrors)
        {
            return new CompilationResult(null, diagnostics.ToSortedArray());
        }

        var ruleset = new Binder(sources, diagnostics).Bind();
        return new CompilationResult(diagnostics.HasErrors ? null : ruleset, diagnostics.ToSortedArray());
    }
}
