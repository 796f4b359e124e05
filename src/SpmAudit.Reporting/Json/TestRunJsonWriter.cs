using SpmAudit.Engine.Testing;
using SpmAudit.Reporting.Document;
using SpmAudit.Reporting.Text;

namespace SpmAudit.Reporting.Json;

/// <summary>
/// 'spm-audit test --format json': <c>passed</c>, <c>failed</c>, <c>cases</c> (file, line, name,
/// passed, failures with expected and actual, errors) and <c>coverage</c> per ruleset with each
/// indicator's statuses reached and clauses seen true and false.
/// </summary>
public static class TestRunJsonWriter
{
    public static string Write(TestRun run) => AuditJsonWriter.Write(new DocumentObject()
        .Add("passed", run.Passed)
        .Add("failed", run.Failed)
        .Add("cases", new DocumentArray(run.Cases.Select(c => (object?)new DocumentObject()
            .Add("file", c.File)
            .Add("line", c.Span.Line)
            .Add("name", c.Name)
            .Add("passed", c.Passed)
            .Add("failures", new DocumentArray(c.Failures.Select(f => (object?)new DocumentObject()
                .Add("subject", TestRunPrinter.Subject(f.Expectation))
                .Add("line", f.Expectation.Span.Line)
                .Add("expected", f.Expectation.Expected)
                .Add("actual", f.Actual)
                .Add("reason", f.Indicator?.Reason ?? f.Detail))))
            .Add("errors", ResultDocument.Strings(c.Errors.Select(e => e.ToString()))))))
        .Add("coverage", new DocumentArray(run.Coverage.Select(r => (object?)new DocumentObject()
            .Add("ruleset", r.Ruleset)
            .Add("cases", r.Cases)
            .Add("indicators", r.Indicators.Length)
            .Add("decided", r.Decided)
            .Add("indicatorPercent", ResultDocument.Round(r.IndicatorPercent))
            .Add("clauses", r.Branches)
            .Add("clausesTaken", r.BranchesTaken)
            .Add("clausePercent", ResultDocument.Round(r.ClausePercent))
            .Add("byIndicator", new DocumentArray(r.Indicators.Select(i => (object?)new DocumentObject()
                .Add("id", i.Id)
                .Add("statuses", ResultDocument.Strings(i.Statuses))
                .Add("clauses", new DocumentArray(i.Clauses.Select(k => (object?)new DocumentObject().Add("clause", k.Clause).Add("true", k.True).Add("false", k.False)))))))))));
}
