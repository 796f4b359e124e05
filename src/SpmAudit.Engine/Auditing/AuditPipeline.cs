using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Analysis;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Outcomes;
using SpmAudit.Engine.Results;
using SpmAudit.Engine.Scoring;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Auditing;

/// <summary>
/// The audit, stage by stage, in the order they run. Each stage reads only what the stages before
/// it produced, and the Engine's folders follow the same order (a test checks that no folder uses
/// a later one): Reading → Tables → Evidence → Evaluation → Explanation → Scoring → Outcomes → Analysis,
/// with Results holding the data they all write.
/// </summary>
public static class AuditPipeline
{
    /// <summary>Stages 1 and 2 for a file on disk, then <see cref="Audit"/>. The file is only read.</summary>
    public static AuditOutcome Run(CompiledRuleset compiled, string evidencePath, string displayPath, ImmutableArray<Diagnostic> rulesetDiagnostics, bool explain)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(rulesetDiagnostics);
        var before = diagnostics.ErrorCount;

        // 1. Read evidence: the reader of the file's format gives a neutral document whose every value
        //    carries its position. Formats end here: a new one is a new reader and nothing after changes.
        // 2. Bind: the document is checked against the ruleset's evidence dictionary (keys, types,
        //    ranges, choices) and becomes the pack. Rules only ever see values of the declared types.
        //    Data files the pack names are loaded and checked first (Tables), and each metric's result
        //    joins the pack as the evidence item of its key, with its SQL and the files' fingerprints.
        var pack = EvidencePacks.Load(evidencePath, compiled.Ruleset, diagnostics, displayPath);
        if (pack is null || diagnostics.ErrorCount > before)
        {
            return new AuditOutcome(null, diagnostics.ToSortedArray());
        }

        CheckValidity(compiled.Ruleset.Info, pack, diagnostics);
        var result = Audit(compiled, pack, diagnostics.ToSortedArray(), explain);
        return new AuditOutcome(result, result.Warnings);
    }

    /// <summary>Stages 3 to 8 on a bound pack.</summary>
    public static AuditResult Audit(CompiledRuleset compiled, EvidencePack pack, ImmutableArray<Diagnostic> warnings, bool explain)
    {
        var ruleset = compiled.Ruleset;

        // 3. Evaluate: the compiled rules give every indicator's status. An explained audit runs the
        //    traced variant of the same code, which also records every sub-expression's value.
        var frame = FrameBuilder.Build(ruleset, pack);
        var statuses = new IndicatorStatus[compiled.IndicatorCount];
        var levels = new byte[compiled.IndicatorCount];
        TraceValues? values = null;
        if (explain)
        {
            values = compiled.EvaluateTraced(frame, statuses, levels);
        }
        else
        {
            compiled.Evaluate(frame, statuses, levels);
        }

        //    A C# function that threw or ran out of fuel gave missing: a warning, and the reason says why.
        if (frame.Failures.Count > 0)
        {
            warnings = [.. warnings, .. frame.Failures.Select(f => f.ToDiagnostic())];
        }

        // 4. Explain: traces and reasons are read off the recorded values, after evaluation and
        //    before scoring, so a reason never depends on weights or on other indicators.
        var traces = values is null ? null : new IndicatorTrace[compiled.IndicatorCount];
        var reasons = new string[compiled.IndicatorCount];
        foreach (var indicator in ruleset.Indicators)
        {
            var i = indicator.IndicatorOrdinal;
            if (traces is not null)
            {
                traces[i] = compiled.Shapes[i].Trace(statuses[i], values!);
                reasons[i] = ReasonWriter.Write(traces[i]);
            }
            else
            {
                reasons[i] = ReasonWriter.WithoutTrace(indicator.Rule!, statuses[i], indicator.Rule!.Reads.Select(r => new EvidenceUse(r, pack.Find(r.Key))));
            }
        }

        foreach (var failure in frame.Failures.Where(f => statuses[f.IndicatorOrdinal] == IndicatorStatus.InsufficientEvidence))
        {
            reasons[failure.IndicatorOrdinal] = failure.Reason;
        }

        if (ruleset.Evidence.Any(e => e.ValidForMonths is not null))
        {
            // Evidence older than its 'valid for' counts as insufficient: the reason says so.
            foreach (var indicator in ruleset.Indicators)
            {
                var i = indicator.IndicatorOrdinal;
                reasons[i] = ReasonWriter.WithStaleEvidence(reasons[i], statuses[i], indicator.Rule!.Reads.Select(r => new EvidenceUse(r, pack.Find(r.Key))));
            }
        }

        // 5. Score: points per indicator, the roll-up under the scoring policy, then the grade band
        //    and the caps. Nothing that applies (or nothing with evidence under 'exclude') gives no score and no grade.
        var calculator = new ScoreCalculator(ruleset);
        var scored = new ScoreRollup(ruleset, calculator).Roll(pack, statuses, levels, reasons, traces);
        //    Completeness rules come last: below the ruleset's minimum coverage, or with required evidence
        //    missing, the score stands but no grade is given, and the result says why.
        var completeness = CompletenessCheck.Check(ruleset, pack, scored.Indicators, scored.Root.Coverage);
        //    Caps are outcome rules over the scored tree, as certifications are.
        var outcomes = new OutcomeEvaluator(scored.Nodes, scored.Root.Score, scored.Root.Coverage);
        var capWitnesses = ruleset.Grades.Caps.Select(c => outcomes.Witnesses(c.Condition)).ToImmutableArray();
        var grade = scored.Root.Score is { } score && completeness?.GradeWithheld != true ? GradeCalculator.Grade(ruleset.Grades, score, capWitnesses, pack.Override) : null;

        // 6. Outcomes: certification decisions read the scored tree, never the evidence.
        var certifications = ruleset.Certifications.Select(c => outcomes.Decide(c, pack.Date, pack.Assessment.Name())).ToImmutableArray();

        // 7. Gaps: what-if scoring on the statuses, for one audit at a time (batch skips it with the traces).
        var gaps = explain ? GapAnalyzer.Analyze(ruleset, calculator, scored, levels, grade?.ComputedGrade, capWitnesses) : null;

        // 8. Result.
        return new AuditResult(ruleset, pack, scored.Root.Score, scored.Root.Coverage, scored.Status, grade, scored.Nodes, scored.Indicators, warnings.IsDefault ? [] : warnings)
        {
            Certifications = certifications,
            Gaps = gaps,
            Completeness = completeness,
        };
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
