using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Document;

public static partial class ResultDocument
{
    private static DocumentObject Indicator(IndicatorResult indicator)
    {
        var figures = indicator.Trace is { } traced ? ListFigures.Of(traced) : System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<ListFigures.Figure>>.Empty;
        var document = new DocumentObject()
            .Add("id", indicator.Node.Id)
            .Add("title", indicator.Node.Title)
            .Add("status", IndicatorStatuses.Name(indicator.Status))
            .Add("points", Round(indicator.Points))
            .Add("weight", indicator.Node.Weight)
            .Add("critical", indicator.Rule.Critical)
            .Add("guidance", indicator.Rule.Guidance)
            .Add("reason", indicator.Reason)
            .Add("explanation", Explanation(indicator.Trace is { } trace ? PlainReasonWriter.Write(trace) : PlainReasonWriter.WithoutTrace(indicator.Status)))
            .Add("evidence", new DocumentArray(indicator.Evidence.Select(use => (object?)Evidence(use, figures))));
        if (indicator.Note is { } note)
        {
            document.Add("note", note);
        }

        if (indicator.Trace is { } clauses)
        {
            document.Add("trace", Trace(clauses));
        }

        return document;
    }

    /// <summary>Each clause with its value and the values of the operands it was computed from (one level down).</summary>
    private static DocumentArray Trace(IndicatorTrace trace) => new(trace.Clauses.Select(clause =>
    {
        var document = new DocumentObject().Add("clause", clause.Clause);
        TraceValue(document, clause.Value, clause.Value.Expression);
        return (object?)document.Add("operands", new DocumentArray(clause.Value.Children.Where(c => !c.IsLiteral).Select(operand =>
            (object?)TraceValue(new DocumentObject(), operand, operand.Expression))));
    }));

    private static DocumentObject TraceValue(DocumentObject document, TraceNode node, string expression) =>
        document.Add("expression", expression).Add("value", node.IsMissing ? "missing" : ValueText.Format(node.Type, node.Value));

    private static DocumentObject Evidence(EvidenceUse use, IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<ListFigures.Figure>> figures)
    {
        var document = new DocumentObject()
            .Add("key", use.Item.Key)
            .Add("question", use.Item.Question)
            .Add("type", TypeName(use.Item.Type))
            .Add("value", Value(use.Item.Type, use.Entry?.Value))
            .Add("display", ValueText.Format(use.Item.Type, use.Entry?.Value))
            .Add("missing", use.IsMissing);
        if (use.Item.Unit is { } unit)
        {
            document.Add("unit", unit);
        }

        if (use.Entry?.Source is { } source)
        {
            document.Add("source", source.ToString());
        }

        if (use.Entry?.Comment is { } comment)
        {
            document.Add("comment", comment);
        }

        AddListSummary(document, use, figures);
        if (use.Entry?.Function is { } function)
        {
            document.Add("function", function);
        }

        if (use.Entry?.Stale is { } stale)
        {
            document.Add("outOfDate", stale);
        }

        if (use.Entry?.Computed is { } computed)
        {
            document.Add("computed", Computed(computed));
        }

        return document;
    }

    /// <summary>
    /// A metric's provenance: the SQL and its parameters, and each data file with its SHA-256 and row count.
    /// The rows themselves never enter the document, so a report over a million records is as long as over a thousand.
    /// </summary>
    private static DocumentObject Computed(Engine.Tables.ComputedEvidence computed) => new DocumentObject()
        .Add("sql", computed.Sql)
        .Add("parameters", new DocumentArray(computed.Parameters.Select(p => (object?)p)))
        .Add("files", new DocumentArray(computed.Files.Select(f => (object?)new DocumentObject()
            .Add("table", f.Table).Add("path", f.Path).Add("sha256", f.Sha256).Add("rows", (double)f.Rows))));

    /// <summary>The kind of an evidence value, so a report can format it (percentage, date, records…).</summary>
    private static string TypeName(DataType type) => type.Kind switch
    {
        TypeKind.RecordList => "records",
        TypeKind.Choice => "choice",
        _ => type.Kind.ToString().ToLowerInvariant(),
    };

    private static object? Value(DataType type, object? value) => value switch
    {
        null => null,
        bool b => b,
        double d => Math.Round(d, 6),
        DateOnly date => Date(date),
        IReadOnlyList<object?[]> records => new DocumentArray(records.Select(record =>
        {
            var fields = new DocumentObject();
            for (var i = 0; i < type.Fields.Length; i++)
            {
                fields.Add(type.Fields[i].Name, Value(type.Fields[i].Type, record[i]));
            }

            return (object?)fields;
        })),
        _ => value.ToString(),
    };
}
