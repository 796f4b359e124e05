using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>Tables, metrics and scorecards in the YAML ruleset schema.</summary>
public sealed partial class YamlWriter
{
    private void WriteTables(RulesetFileSyntax file)
    {
        if (file.Tables.IsEmpty)
        {
            return;
        }

        Section(file.Tables[0].Span.Line, "tables:");
        foreach (var table in file.Tables)
        {
            Comments(table.Span.Line, 1);
            Line(1, $"{table.Name}:");
            Line(2, $"title: {Scalar(table.Title)}");
            if (!table.Key.IsEmpty)
            {
                Line(2, $"key: [{string.Join(", ", table.Key)}]");
            }

            Line(2, "columns:");
            foreach (var column in table.Columns)
            {
                Comments(column.Span.Line, 3);
                if (column.Min is null && column.Max is null && column.References is null && column.Missing is null)
                {
                    Line(3, $"{column.Name}: {Scalar(DslWriter.Type(column.Type))}");
                    continue;
                }

                Line(3, $"{column.Name}:");
                Line(4, $"type: {Scalar(DslWriter.Type(column.Type))}");
                if (column.Min is { } min)
                {
                    Line(4, $"min: {Bound(min, column.Type)}");
                }

                if (column.Max is { } max)
                {
                    Line(4, $"max: {Bound(max, column.Type)}");
                }

                Optional(4, "references", column.References);
                WriteThreshold(4, column.Missing);
            }

            if (!table.Checks.IsEmpty)
            {
                Line(2, "checks:");
                foreach (var check in table.Checks)
                {
                    Comments(check.Span.Line, 3);
                    Line(3, $"- when: {Scalar(ExpressionWriter.Write(check.Condition))}");
                    Line(3, $"  message: {Scalar(check.Message)}");
                }
            }

            WriteThreshold(2, table.Missing);
        }
    }

    private void WriteThreshold(int depth, MissingThresholdSyntax? missing)
    {
        if (missing is not null)
        {
            Line(depth, $"missing: {{ share: {Scalar(DslWriter.Number(missing.Share * 100) + "%")}, severity: {missing.Severity} }}");
        }
    }

    private void WriteMetrics(RulesetFileSyntax file)
    {
        if (file.Metrics.IsEmpty)
        {
            return;
        }

        Section(file.Metrics[0].Span.Line, "metrics:");
        foreach (var metric in file.Metrics)
        {
            Comments(metric.Span.Line, 1);
            Line(1, $"{metric.Key}:");
            Line(2, $"title: {Scalar(metric.Title)}");
            Optional(2, "from", metric.From);
            if (!metric.Joins.IsEmpty)
            {
                Line(2, $"join: [{string.Join(", ", metric.Joins)}]");
            }

            if (metric.Pair is { } pair)
            {
                Line(2, "pair:");
                Line(3, $"key: [{string.Join(", ", pair.Key)}]");
                Line(3, $"by: {pair.Round}");
                Optional(3, "from", ExpressionWriter.Write(pair.Earlier));
                Optional(3, "to", ExpressionWriter.Write(pair.Later));
            }

            Optional(2, "where", metric.Where is null ? null : ExpressionWriter.Write(metric.Where));
            if (!metric.GroupBy.IsEmpty)
            {
                Line(2, $"by: [{string.Join(", ", metric.GroupBy)}]");
            }

            Optional(2, "value", metric.Value is null ? null : ExpressionWriter.Write(metric.Value));
        }
    }

    private void WriteScorecards(RulesetFileSyntax file)
    {
        if (file.Scorecards.IsEmpty)
        {
            return;
        }

        Section(file.Scorecards[0].Span.Line, "scorecards:");
        foreach (var card in file.Scorecards)
        {
            Comments(card.Span.Line, 1);
            Line(1, $"{card.Name}:");
            Line(2, $"title: {Scalar(card.Title)}");
            Line(2, $"lines: [{string.Join(", ", card.Lines)}]");
            Line(2, "questions:");
            foreach (var question in card.Questions)
            {
                Comments(question.Span.Line, 3);
                Line(3, $"{question.Column}:");
                Line(4, $"text: {Scalar(question.Text)}");
                Line(4, "answers:");
                foreach (var answer in question.Answers)
                {
                    var points = answer.PointsByLine.IsEmpty
                        ? DslWriter.Number(answer.Points ?? 0)
                        : $"{{ {string.Join(", ", answer.PointsByLine.Select(p => $"{p.Key}: {DslWriter.Number(p.Value)}"))} }}";
                    Line(5, $"\"{answer.Answer.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\": {points}");
                }
            }

            Line(2, "likelihoods:");
            foreach (var table in card.Likelihoods)
            {
                Line(3, $"{table.Line}:");
                foreach (var band in table.Bands)
                {
                    Line(4, $"\"{band.Low}..{band.High}\": {Scalar(DslWriter.Number(band.Likelihood * 100) + "%")}");
                }
            }
        }
    }
}
