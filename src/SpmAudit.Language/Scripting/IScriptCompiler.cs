using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Scripting;

/// <summary>
/// Compiles a ruleset's C# functions: type-checked against their declared signatures, checked
/// against the sandbox's allow-list, metered, and emitted as one assembly. Implemented with Roslyn
/// in SpmAudit.Scripting, which <see cref="ScriptCompilerSeam"/> loads only when a ruleset has C#.
/// </summary>
public interface IScriptCompiler
{
    ScriptCompilation Compile(IReadOnlyList<RulesetFunction> functions, long fuel);
}

/// <summary>The emitted assembly (null when there are errors) and the diagnostics, located in the C# sources.</summary>
public sealed record ScriptCompilation(byte[]? Assembly, ImmutableArray<Diagnostic> Diagnostics);
