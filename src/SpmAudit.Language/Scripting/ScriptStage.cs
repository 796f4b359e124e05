using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Scripting;

/// <summary>
/// The compiler stage for C# functions, after binding: a cached assembly for exactly these sources
/// proves they compiled and passed the sandbox with this engine, so nothing is compiled; otherwise
/// Roslyn compiles them, reports every error located in the C# source, and the assembly is cached.
/// Running them is separate, and needs trust (<see cref="ScriptTrust"/>).
/// </summary>
public static class ScriptStage
{
    internal static void Check(ImmutableArray<RulesetFunction> functions, DiagnosticBag diagnostics)
    {
        if (!functions.Any(f => f.IsCSharp) || functions.Any(f => f.IsCSharp && (f.ReturnType.IsError || f.Parameters.Any(p => p.Type.IsError))))
        {
            return;
        }

        var key = ScriptCache.Key(functions);
        if (ScriptCache.TryRead(key) is not null)
        {
            return;
        }

        var compiled = ScriptCompilerSeam.Compile([.. functions.Where(f => f.IsCSharp)], ScriptLimits.Fuel);
        diagnostics.AddRange(compiled.Diagnostics);
        // Only an assembly that compiled cleanly is cached: the cache entry is what later says "these sources passed".
        if (compiled.Assembly is { Length: > 0 } assembly && !compiled.Diagnostics.Any(d => d.IsError))
        {
            ScriptCache.Write(key, assembly);
        }
    }

    /// <summary>The runnable functions of a trusted ruleset: from the cache, or compiled again when it was emptied meanwhile.</summary>
    public static LoadedScripts Load(Ruleset ruleset)
    {
        if (!ruleset.ScriptsTrusted)
        {
            throw new InvalidOperationException($"Ruleset '{ruleset.Info.Id}' has C# functions and was not checked for trust (ScriptTrust.Apply).");
        }

        var key = ScriptCache.Key(ruleset.Functions);
        var bytes = ScriptCache.TryRead(key);
        if (bytes is null)
        {
            var compiled = ScriptCompilerSeam.Compile([.. ruleset.Functions.Where(f => f.IsCSharp)], ScriptLimits.Fuel);
            bytes = compiled.Assembly ?? throw new InvalidOperationException("C# functions that compiled before no longer compile.");
            ScriptCache.Write(key, bytes);
        }

        return LoadedScripts.From(key, bytes, ruleset.Functions.Where(f => f.IsCSharp));
    }
}
