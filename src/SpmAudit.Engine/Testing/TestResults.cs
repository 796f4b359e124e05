using System.Collections.Immutable;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Engine.Testing;

/// <summary>Every case run, the coverage of each ruleset tested, and the diagnostics of the test files.</summary>
public sealed record TestRun(ImmutableArray<TestCaseResult> Cases, ImmutableArray<RulesetCoverage> Coverage, ImmutableArray<Diagnostic> Diagnostics)
{
    public int Passed => Cases.Count(c => c.Passed);

    public int Failed => Cases.Length - Passed;
}

/// <summary>One case's outcome: the expectations that did not hold, or the errors that kept it from running.</summary>
public sealed record TestCaseResult(string File, string Name, SourceSpan Span, ImmutableArray<TestFailure> Failures, ImmutableArray<Diagnostic> Errors)
{
    public bool Passed => Failures.IsEmpty && Errors.IsEmpty;
}

/// <summary>An expectation and what the audit gave instead; for an indicator, its result (with the trace).</summary>
public sealed record TestFailure(TestExpectation Expectation, string Actual, IndicatorResult? Indicator, string? Detail = null);

/// <summary>
/// What the cases of one ruleset exercised: indicators decided by evidence (any status but
/// insufficient evidence) in at least one case, each rule clause seen true and false, and the
/// statuses each indicator reached.
/// </summary>
public sealed record RulesetCoverage(string Ruleset, string Title, int Cases, ImmutableArray<IndicatorCoverage> Indicators)
{
    public int Decided => Indicators.Count(i => i.Decided);

    public int Branches => Indicators.Sum(i => i.Clauses.Length * 2);

    public int BranchesTaken => Indicators.Sum(i => i.Clauses.Count(c => c.True) + i.Clauses.Count(c => c.False));

    /// <summary>Share of indicators decided, in percent (what --coverage-min checks).</summary>
    public double IndicatorPercent => Percent(Decided, Indicators.Length);

    public double ClausePercent => Percent(BranchesTaken, Branches);

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;
}

public sealed record IndicatorCoverage(string Id, ImmutableArray<string> Statuses, ImmutableArray<ClauseCoverage> Clauses)
{
    public bool Decided => Statuses.Any(s => s != "insufficient_evidence");
}

/// <summary>A condition of a rule ('applies', 'met', 'partial', 'level 2') and whether a case made it true, and false.</summary>
public sealed record ClauseCoverage(string Clause, bool True, bool False);
