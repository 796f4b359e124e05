using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Testing;

/// <summary>
/// Compares one audit result with a case's expectations. Scores are compared at the two decimals
/// results are written with; an id the ruleset does not have is an error (SPM7006), not a failure.
/// </summary>
internal static class ExpectationChecker
{
    /// <summary>Half of the last decimal a result shows (and a hair for binary fractions): 72.35 expected matches 72.345 and 72.354.</summary>
    private const double ScoreTolerance = 0.005 + 1e-6;

    public static ImmutableArray<TestFailure> Check(AuditResult result, ImmutableArray<TestExpectation> expectations, DiagnosticBag errors)
    {
        var nodes = new Dictionary<string, NodeResult>(StringComparer.Ordinal);
        Index(result.Nodes, nodes);
        var failures = ImmutableArray.CreateBuilder<TestFailure>();
        foreach (var expectation in expectations)
        {
            var failure = expectation.Kind switch
            {
                ExpectationKind.Score => Score(expectation, result.Score, null),
                ExpectationKind.Grade => Text(expectation, result.Grade?.Grade ?? "(no grade)", null),
                ExpectationKind.Status => Text(expectation, IndicatorStatuses.Name(result.Status), null),
                ExpectationKind.Caps => Text(expectation, string.Join(", ", result.Grade?.Caps.Select(c => c.Grade) ?? []), null),
                ExpectationKind.Certification => Certification(expectation, result, errors),
                _ => Node(expectation, nodes, errors),
            };
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        return failures.ToImmutable();
    }

    private static TestFailure? Node(TestExpectation expectation, Dictionary<string, NodeResult> nodes, DiagnosticBag errors)
    {
        var id = expectation.Subject!;
        if (!nodes.TryGetValue(id, out var node) || (expectation.Kind == ExpectationKind.IndicatorStatus && node.Indicator is null))
        {
            var candidates = expectation.Kind == ExpectationKind.IndicatorStatus ? nodes.Values.Where(n => n.Indicator is not null).Select(n => n.Node.Id) : nodes.Keys;
            errors.Add(DiagnosticCatalog.UnknownTestSubject(expectation.Span, expectation.Kind == ExpectationKind.IndicatorStatus ? "indicator" : "node", id, Suggestions.Closest(id, candidates)));
            return null;
        }

        return expectation.Kind == ExpectationKind.NodeScore
            ? Score(expectation, node.Score, node.Indicator)
            : Text(expectation, IndicatorStatuses.Name(node.Status), node.Indicator);
    }

    private static TestFailure? Certification(TestExpectation expectation, AuditResult result, DiagnosticBag errors)
    {
        if (result.Certifications.FirstOrDefault(c => c.Certification.Id == expectation.Subject) is not { } decision)
        {
            errors.Add(DiagnosticCatalog.UnknownTestSubject(expectation.Span, "certification", expectation.Subject!, Suggestions.Closest(expectation.Subject!, result.Certifications.Select(c => c.Certification.Id))));
            return null;
        }

        // 'pass' or 'fail', 'not_certifiable' (an assessment type the certification is not decided on), or the tier awarded.
        var outcome = decision.Passed ? "pass" : "fail";
        var actual = expectation.Expected switch
        {
            "pass" or "fail" => outcome,
            "not_certifiable" => decision.Certifiable ? outcome : "not_certifiable",
            _ => decision.Tier ?? (decision.Certifiable ? outcome : "not_certifiable"),
        };
        return actual == expectation.Expected ? null : new TestFailure(expectation, actual, null, decision.Shortfalls.IsEmpty ? null : string.Join("; ", decision.Shortfalls));
    }

    private static TestFailure? Score(TestExpectation expectation, double? actual, IndicatorResult? indicator)
    {
        var expected = double.Parse(expectation.Expected, CultureInfo.InvariantCulture);
        return actual is { } value && Math.Abs(value - expected) <= ScoreTolerance
            ? null
            : new TestFailure(expectation, actual is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "(no score)", indicator);
    }

    private static TestFailure? Text(TestExpectation expectation, string actual, IndicatorResult? indicator) =>
        actual == expectation.Expected ? null : new TestFailure(expectation, actual == "" ? "(none)" : actual, indicator);

    private static void Index(IEnumerable<NodeResult> nodes, Dictionary<string, NodeResult> into)
    {
        foreach (var node in nodes)
        {
            into[node.Node.Id] = node;
            Index(node.Children, into);
        }
    }
}
