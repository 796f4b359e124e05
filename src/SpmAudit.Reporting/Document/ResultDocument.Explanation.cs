using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Results;

namespace SpmAudit.Reporting.Document;

public static partial class ResultDocument
{
    /// <summary>The plain reason as data: reports say it in their language from these codes and values.</summary>
    private static DocumentObject Explanation(PlainReason reason)
    {
        var document = new DocumentObject().Add("code", reason.Code);
        if (reason.Level is { } level)
        {
            document.Add("level", level).Add("topLevel", reason.TopLevel);
        }

        document.Add("facts", Facts(reason.Facts));
        if (!reason.Fallback.IsEmpty)
        {
            document.Add("fallback", Facts(reason.Fallback));
        }

        if (reason.More > 0)
        {
            document.Add("more", reason.More);
        }

        return document;
    }

    /// <summary>
    /// One fact, flat: what it is about (<c>subject</c>, an evidence key, parameter or let name, with
    /// <c>subjectKind</c>), the <c>kind</c> of its values, the value found, the requirement and whether
    /// it holds. Questions and descriptions are the ruleset's and stay there (each evidence item's
    /// question is in the indicator's evidence list).
    /// </summary>
    private static DocumentArray Facts(IEnumerable<ReasonFact> facts) => new(facts.Select(fact =>
    {
        var document = new DocumentObject()
            .Add("code", fact.Code)
            .Add("subject", fact.Subject.Key)
            .Add("subjectKind", fact.Subject.Kind);
        if ((fact.Value ?? fact.Threshold) is { } typed)
        {
            document.Add("kind", typed.Kind);
        }

        document.Add("value", Plain(fact.Value?.Value));
        if ((fact.Value ?? fact.Threshold)?.Unit is { } unit)
        {
            document.Add("unit", unit);
        }

        if (fact.Operator is { } op)
        {
            document.Add("operator", op);
        }

        if (fact.Threshold is { } threshold)
        {
            document.Add("threshold", Plain(threshold.Value));
        }

        if (!fact.Choices.IsEmpty)
        {
            document.Add("choices", new DocumentArray(fact.Choices.Select(c => Plain(c.Value))));
        }

        if (fact.ThresholdSubject is { } from)
        {
            document.Add("thresholdSubject", from.Key).Add("thresholdSubjectKind", from.Kind);
        }

        document.Add("holds", fact.Holds);
        if (fact.BasisCode is { } basis)
        {
            document.Add("basis", basis).Add("basisValues", new DocumentArray(fact.Basis.Select(v => Plain(v.Value))));
        }

        if (fact.Cause is { } cause)
        {
            document.Add("cause", cause);
        }

        return (object?)document;
    }));

    private static object? Plain(object? value) => value is double d ? Math.Round(d, 6) : value;

    /// <summary>A list of records is summarised by its count and the figures the rule computed from it.</summary>
    private static void AddListSummary(DocumentObject evidence, EvidenceUse use, IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<ListFigures.Figure>> figures)
    {
        if (use.Item.Type.Kind != Language.Model.TypeKind.RecordList || use.Entry?.Value is not IReadOnlyList<object?[]> records)
        {
            return;
        }

        evidence.Add("records", records.Count);
        if (figures.TryGetValue(use.Item.Key, out var computed))
        {
            evidence.Add("figures", new DocumentArray(computed.Select(f => (object?)new DocumentObject()
                .Add("function", f.Function).Add("field", f.Field).Add("condition", f.HasCondition).Add("kind", f.Value.Kind).Add("value", Plain(f.Value.Value)))));
        }
    }
}
