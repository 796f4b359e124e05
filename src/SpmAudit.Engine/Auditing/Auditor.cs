using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Engine.Auditing;

/// <summary>One audit end to end: compile the ruleset, then run <see cref="AuditPipeline"/> on an evidence file.</summary>
public static class Auditor
{
    /// <param name="trustScripts">Whether the ruleset's C# functions may run for this audit (see <see cref="ScriptTrust"/>).</param>
    public static AuditOutcome Audit(string rulesetPath, string evidencePath, string? displayBase = null, bool trustScripts = false)
    {
        var compilation = ScriptTrust.Apply(RulesetCompiler.Compile(rulesetPath, displayBase), trustScripts);
        if (!compilation.Success)
        {
            return new AuditOutcome(null, compilation.Diagnostics);
        }

        return Audit(CompiledRuleset.Create(compilation.Ruleset!), evidencePath, compilation.Diagnostics, displayBase);
    }

    public static AuditOutcome Audit(CompiledRuleset compiled, string evidencePath, ImmutableArray<Diagnostic> rulesetDiagnostics, string? displayBase = null, bool explain = true) =>
        AuditPipeline.Run(compiled, evidencePath, DisplayPath.Of(evidencePath, displayBase ?? Environment.CurrentDirectory), rulesetDiagnostics, explain);
}
