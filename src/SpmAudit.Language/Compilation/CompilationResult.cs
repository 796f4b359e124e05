using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Compilation;

/// <summary>The outcome of compiling a ruleset: the model when there is no error, and every diagnostic sorted by position.</summary>
public sealed record CompilationResult(Ruleset? Ruleset, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The files on disk the ruleset was read from (sources, profiles, a bundle): what no output may overwrite.</summary>
    public ImmutableArray<string> Files { get; init; } = [];

    public bool Success => Ruleset is not null && !Diagnostics.Any(d => d.IsError);
}
