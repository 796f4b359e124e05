using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>Tables, metrics and scorecards in canonical DSL.</summary>
public sealed partial class DslWriter
{
    private void WriteTable(TableSyntax table)
    {
        Line(0, $"table {table.Name} {Quote(table.Title)} {{");
        if (!table.Key.IsEmpty)
        {
            Line(1, $"key {string.Join(", ", table.Key)}");
        }

        // Before the columns: written after one, the threshold would read as that column's own.
        if (table.Missing is { } missing)
        {
            FlushComments(missing.Span.Line, 1);
            Line(1, Threshold(missing, ""));
        }

        foreach (var column in table.Columns)
        {
            FlushComments(column.Span.Line, 1);
            var range = column.Min is null && column.Max is null ? "" : $" range {Bound(column.Min, column.Type)}..{Bound(column.Max, column.Type)}";
            var references = column.References is null ? "" : $" references {column.References}";
            Line(1, $"{column.Name} : {Type(column.Type)}{range}{references}{Threshold(column.Missing, " ")}");
        }

        foreach (var check in table.Checks)
        {
            FlushComments(check.Span.Line, 1);
            Line(1, $"check {ExpressionWriter.Write(check.Condition)} {Quote(check.Message)}");
        }

        Line(0, "}");
    }

    private static string Threshold(MissingThresholdSyntax? missing, string before) =>
        missing is null ? "" : $"{before}missing <= {Number(missing.Share * 100)}% {missing.Severity}";

    private void WriteMetric(MetricSyntax metric)
    {
        Line(0, $"metric {metric.Key} {Quote(metric.Title)} {{");
        if (metric.From is not null)
        {
            Line(1, $"from {metric.From}");
        }

        foreach (var join in metric.Joins)
        {
            Line(1, $"join {join}");
        }

        if (metric.Pair is { } pair)
        {
            Line(1, $"pair {string.Join(", ", pair.Key)} by {pair.Round} from {ExpressionWriter.Write(pair.Earlier)} to {ExpressionWriter.Write(pair.Later)}");
        }

        if (metric.Where is not null)
        {
            Line(1, $"where {ExpressionWriter.Write(metric.Where)}");
        }

        if (!metric.GroupBy.IsEmpty)
        {
            Line(1, $"by {string.Join(", ", metric.GroupBy)}");
        }

        if (metric.Value is not null)
        {
            Line(1, $"value {ExpressionWriter.Write(metric.Value)}");
        }

        Line(0, "}");
    }

    private void WriteScorecard(ScorecardSyntax card)
    {
        Line(0, $"scorecard {card.Name} {Quote(card.Title)} {{");
        Line(1, $"lines ({string.Join(", ", card.Lines)})");
        foreach (var question in card.Questions)
        {
            FlushComments(question.Span.Line, 1);
            Line(1, $"question {question.Column} {Quote(question.Text)} {{");
            foreach (var answer in question.Answers)
            {
                var points = answer.PointsByLine.IsEmpty
                    ? Number(answer.Points ?? 0)
                    : $"({string.Join(", ", answer.PointsByLine.Select(p => $"{p.Key} {Number(p.Value)}"))})";
                Line(2, $"answer {Quote(answer.Answer)} points {points}");
            }

            Line(1, "}");
        }

        foreach (var table in card.Likelihoods)
        {
            FlushComments(table.Span.Line, 1);
            Line(1, $"likelihood {table.Line} {{");
            foreach (var band in table.Bands)
            {
                Line(2, $"{band.Low}..{band.High} = {Number(band.Likelihood * 100)}%");
            }

            Line(1, "}");
        }

        Line(0, "}");
    }
}
