using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Auditing;

/// <summary>One audit end to end: compile the ruleset, load and check the evidence, evaluate and score.</summary>
public static class Auditor
{
    public static AuditOutcome Audit(string rulesetPath, string evidencePath, string? displayBase = null)
    {
        var compilation = RulesetCompiler.Compile(rulesetPath, displayBase);
        if (!compilation.Success)
        {
            return new AuditOutcome(null, compilation.Diagnostics);
        }

        return Audit(CompiledRuleset.Create(compilation.Ruleset!), evidencePath, compilation.Diagnostics, displayBase);
    }

    public static AuditOutcome Audit(CompiledRuleset compiled, string evidencePath, ImmutableArray<Diagnostic> rulesetDiagnostics, string? displayBase = null, bool explain = true)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(rulesetDiagnostics);
        var display = DisplayPath.Of(evidencePath, displayBase ?? Environment.CurrentDirectory);
        var pack = EvidencePackLoader.Load(evidencePath, compiled.Ruleset, diagnostics, display);
        if (pack is null)
        {
            return new AuditOutcome(null, diagnostics.ToSortedArray());
        }

        CheckValidity(compiled.Ruleset.Info, pack, diagnostics);
        var warnings = diagnostics.ToSortedArray();
        return new AuditOutcome(compiled.Audit(pack, warnings, explain), warnings);
    }

    /// <summary>A ruleset version outside its validity at the assessment date still audits, with a warning.</summary>
    private static void CheckValidity(RulesetInfo info, EvidencePack pack, DiagnosticBag diagnostics)
    {
        if (pack.Date is not { } date || (info.ValidFrom is null && info.ValidTo is null))
        {
            return;
        }

        if (date < info.ValidFrom || date > info.ValidTo)
        {
            var validity = $"from {Format(info.ValidFrom) ?? "the start"} to {Format(info.ValidTo) ?? "today"}";
            diagnostics.Add(DiagnosticCatalog.RulesetOutsideValidity(new SourceSpan(pack.Path, 1, 1), info.Id, Format(date)!, validity));
        }
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
