using System.Collections.Immutable;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Results;
using SpmAudit.Engine.Scoring;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// A ruleset with every indicator compiled to a delegate, ready to audit any number of packs.
/// Immutable and thread-safe: batch audits share one instance across threads.
/// </summary>
public sealed class CompiledRuleset
{
    private readonly Action<EvidenceFrame, IndicatorStatus[]>[] _rules;
    private readonly Func<EvidenceFrame, double>?[] _levelPoints;
    private readonly int _count;

    private CompiledRuleset(Ruleset ruleset, Action<EvidenceFrame, IndicatorStatus[]>[] rules)
    {
        Ruleset = ruleset;
        _rules = rules;
        _count = ruleset.Indicators.Length;
        _levelPoints = [.. ruleset.Indicators.Select(i => i.Rule!.IsOrdinal ? RuleCompiler.CompileLevelPoints(i.Rule) : null)];
    }

    public Ruleset Ruleset { get; }

    public static CompiledRuleset Create(Ruleset ruleset) =>
        new(ruleset, RuleCompiler.CompileAll([.. ruleset.Indicators.Select(i => i.Rule!)]));

    /// <summary>Statuses only, in indicator order: the hot path for batch and what-if analyses.</summary>
    public void Evaluate(EvidenceFrame frame, IndicatorStatus[] statuses)
    {
        foreach (var group in _rules)
        {
            group(frame, statuses);
        }
    }

    private double? LevelPoints(int indicator, IndicatorStatus status, EvidenceFrame frame) =>
        status == IndicatorStatus.Partial && _levelPoints[indicator] is { } points ? points(frame) : null;

    public AuditResult Audit(EvidencePack pack, ImmutableArray<Diagnostic> warnings = default, bool explain = true)
    {
        var frame = FrameBuilder.Build(Ruleset, pack);
        var statuses = new IndicatorStatus[_count];
        Evaluate(frame, statuses);
        var indicators = Ruleset.Indicators.Select((node, i) => IndicatorResults.Create(Ruleset.Scale, node, statuses[i], pack, explain, LevelPoints(i, statuses[i], frame))).ToImmutableArray();
        var (nodes, root) = new ScoreRollup(Ruleset, indicators).Roll();
        var overall = root.Score ?? 0;
        var grade = GradeCalculator.Grade(Ruleset.Grades, overall, indicators, pack.Override);
        var coverage = root.Coverage ?? 0;
        var outcomes = new Outcomes.OutcomeEvaluator(nodes, overall, coverage);
        return new AuditResult(Ruleset, pack, overall, coverage, grade, nodes, indicators, warnings.IsDefault ? [] : warnings)
        {
            Certifications = [.. Ruleset.Certifications.Select(c => outcomes.Decide(c, pack.Date))],
            Gaps = explain ? Analysis.GapAnalyzer.Analyze(Ruleset, indicators, grade.ComputedGrade) : null,
        };
    }
}
