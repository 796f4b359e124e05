using System.Globalization;
using System.Text;
using SpmAudit.Engine.Testing;

namespace SpmAudit.Reporting.Text;

/// <summary>
/// The text of 'spm-audit test': each failing case with expected against actual (and the trace of
/// an indicator that gave another status), then coverage per ruleset, then 'N passed, N failed'.
/// </summary>
public static class TestRunPrinter
{
    /// <summary>How many never-decided indicators and one-sided clauses are named before "and N more".</summary>
    private const int Listed = 10;

    public static string Print(TestRun run)
    {
        var text = new StringBuilder();
        foreach (var failed in run.Cases.Where(c => !c.Passed))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"FAIL {failed.File}({failed.Span.Line},{failed.Span.Column}): {failed.Name}");
            foreach (var error in failed.Errors)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {error}");
            }

            foreach (var failure in failed.Failures)
            {
                var expected = failure.Expectation.Expected == "" ? "(none)" : failure.Expectation.Expected;
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Subject(failure.Expectation)}: expected {expected}, actual {failure.Actual}");
                if (failure.Detail is { } detail)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    because: {detail}");
                }

                if (failure.Indicator is { Trace: not null } indicator)
                {
                    foreach (var line in ExplainPrinter.Print(indicator).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    {
                        text.Append("    | ").AppendLine(line);
                    }
                }
            }

            text.AppendLine();
        }

        foreach (var coverage in run.Coverage)
        {
            Coverage(text, coverage);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{run.Passed} passed, {run.Failed} failed");
        return text.ToString();
    }

    private static void Coverage(StringBuilder text, RulesetCoverage coverage)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"coverage of {coverage.Ruleset} ({coverage.Title}), {coverage.Cases} case(s):");
        text.AppendLine(CultureInfo.InvariantCulture, $"  indicators decided by evidence: {coverage.Decided} of {coverage.Indicators.Length} ({Percent(coverage.IndicatorPercent)})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  rule clauses taken true and false: {coverage.BranchesTaken} of {coverage.Branches} ({Percent(coverage.ClausePercent)})");
        var reached = coverage.Indicators.SelectMany(i => i.Statuses).GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal);
        text.AppendLine(CultureInfo.InvariantCulture, $"  statuses reached (indicators): {string.Join(", ", reached.Select(g => $"{g.Key} {g.Count()}"))}");
        var undecided = coverage.Indicators.Where(i => !i.Decided).Select(i => i.Id).ToList();
        if (undecided.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  never decided: {Names(undecided)}");
        }

        var oneSided = coverage.Indicators
            .SelectMany(i => i.Clauses.Where(c => c.True != c.False).Select(c => $"{i.Id} {c.Clause} never {(c.True ? "false" : "true")}"))
            .ToList();
        if (oneSided.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  clauses seen one way only: {Names(oneSided)}");
        }

        text.AppendLine();
    }

    private static string Names(List<string> names) =>
        string.Join(", ", names.Take(Listed)) + (names.Count > Listed ? $" and {names.Count - Listed} more" : "");

    public static string Percent(double value) => $"{Math.Floor(value * 10) / 10:0.#}%".Replace(',', '.');

    internal static string Subject(TestExpectation expectation) => expectation.Kind switch
    {
        ExpectationKind.Score => "score",
        ExpectationKind.Grade => "grade",
        ExpectationKind.Status => "status",
        ExpectationKind.Caps => "caps",
        ExpectationKind.Certification => $"certification {expectation.Subject}",
        ExpectationKind.NodeScore => $"score of {expectation.Subject}",
        _ => $"status of {expectation.Subject}",
    };
}
