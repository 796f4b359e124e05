using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Results;

/// <summary>What to work on: ranked gaps, the smallest set of improvements to the next grade, and the evidence to ask for.</summary>
public sealed record GapReport(ImmutableArray<Gap> Gaps, GradePath Path, ImmutableArray<MissingEvidence> Missing);

/// <summary>An indicator not met (or partial, or without evidence) and how much the overall score would rise if it were met.</summary>
public sealed record Gap(RuleNode Indicator, IndicatorStatus Status, double Gain);

/// <summary>
/// The way to the next better grade: the indicators to bring to met, in order, and the score and grade
/// they give; or, when there is no way, the reason.
/// </summary>
public sealed record GradePath(string? CurrentGrade, string? TargetGrade, bool Reachable, ImmutableArray<RuleNode> Indicators, double ScoreAfter, string Explanation);

/// <summary>An evidence item that was not supplied and the indicators it would let be decided.</summary>
public sealed record MissingEvidence(EvidenceItem Item, ImmutableArray<string> IndicatorIds);
