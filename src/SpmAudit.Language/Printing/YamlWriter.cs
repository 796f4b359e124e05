using System.Text;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>
/// Writes a file's syntax as YAML in the ruleset schema. Rule expressions become DSL text in
/// quoted strings; comments are kept as YAML comments before the construct that followed them.
/// </summary>
public sealed partial class YamlWriter
{
    private readonly StringBuilder _text = new();
    private readonly Queue<CommentSyntax> _comments;

    private YamlWriter(RulesetFileSyntax file) => _comments = new Queue<CommentSyntax>(file.Comments.OrderBy(c => c.Line));

    public static string Write(RulesetFileSyntax file) => new YamlWriter(file).WriteFile(file);

    private string WriteFile(RulesetFileSyntax file)
    {
        if (file.Header is { } header)
        {
            Comments(header.Span.Line, 0);
            Line(0, "ruleset:");
            Line(1, $"id: {Scalar(header.Id)}");
            Line(1, $"title: {Scalar(header.Title)}");
            Optional(1, "version", header.Version);
            Optional(1, "follows", header.Follows);
            if (!header.Levels.IsEmpty)
            {
                Line(1, $"levels: [{string.Join(", ", header.Levels.Select(Scalar))}]");
            }

            Optional(1, "valid_from", header.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Optional(1, "valid_to", header.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!file.Imports.IsEmpty)
        {
            Section(file.Imports[0].Span.Line, "imports:");
            foreach (var import in file.Imports)
            {
                Comments(import.Span.Line, 1);
                Line(1, $"- {Scalar(import.Path)}");
            }
        }

        if (!file.Parameters.IsEmpty)
        {
            Section(file.Parameters[0].Span.Line, "parameters:");
            foreach (var parameter in file.Parameters)
            {
                Comments(parameter.Span.Line, 1);
                Line(1, $"{parameter.Name}:");
                Line(2, $"type: {Scalar(DslWriter.Type(parameter.Type))}");
                Line(2, $"value: {Scalar(ExpressionWriter.Write(parameter.Value))}");
                Optional(2, "description", parameter.Description);
            }
        }

        WriteFunctions(file.Functions);

        if (file.Scale is { } scale)
        {
            Section(file.ScaleSpan.Line, $"scale: {{ {string.Join(", ", scale.Select(e => $"{e.Status}: {DslWriter.Number(e.Points)}"))} }}");
        }

        if (!file.Scoring.IsEmpty)
        {
            Section(file.ScoringSpan.Line, $"scoring: {{ {string.Join(", ", file.Scoring.Select(e => $"{e.Key}: {e.Value}"))} }}");
        }

        if (file.Grades is { } grades)
        {
            WriteGrades(grades);
        }

        if (!file.Certifications.IsEmpty)
        {
            WriteCertifications(file.Certifications);
        }

        if (!file.Evidence.IsEmpty)
        {
            WriteEvidence(file.Evidence);
        }

        WriteTables(file);
        WriteScorecards(file);
        WriteMetrics(file);

        if (!file.Nodes.IsEmpty)
        {
            Section(file.Nodes[0].Span.Line, "nodes:");
            foreach (var node in file.Nodes)
            {
                WriteNode(node, 1);
            }
        }

        if (!file.Extensions.IsEmpty)
        {
            Section(file.Extensions[0].Span.Line, "extend:");
            foreach (var extension in file.Extensions)
            {
                Comments(extension.Span.Line, 1);
                Line(1, $"- parent: {Scalar(extension.ParentId)}");
                Line(2, "nodes:");
                foreach (var node in extension.Nodes)
                {
                    WriteNode(node, 3);
                }
            }
        }

        if (!file.Translations.IsEmpty)
        {
            Section(file.Translations[0].Span.Line, "translations:");
            foreach (var translation in file.Translations)
            {
                Line(1, $"{Scalar(translation.Language)}:");
                foreach (var entry in translation.Entries)
                {
                    Comments(entry.Span.Line, 2);
                    Line(2, $"{Scalar(entry.NodeId)}:");
                    Line(3, $"title: {Scalar(entry.Title)}");
                    Optional(3, "guidance", entry.Guidance);
                }
            }
        }

        Comments(int.MaxValue, 0);
        return _text.ToString().TrimEnd('\n') + "\n";
    }

    private void WriteGrades(GradesSyntax grades)
    {
        Section(grades.Span.Line, "grades:");
        Line(1, "bands:");
        foreach (var band in grades.Bands)
        {
            Comments(band.Span.Line, 2);
            Line(2, $"{Scalar(band.Grade)}: {DslWriter.Number(band.MinScore)}");
        }

        if (!grades.Caps.IsEmpty)
        {
            Line(1, "caps:");
            foreach (var cap in grades.Caps)
            {
                Comments(cap.Span.Line, 2);
                Line(2, $"- {{ grade: {Scalar(cap.Grade)}, when: {Scalar(OutcomeWriter.Write(cap.Condition) is var text && cap.Condition is CriticalOutcomeSyntax { Scope: null } ? text["any ".Length..] : text)} }}");
            }
        }

        if (grades.MinimumCoverage is { } minimum)
        {
            Comments(grades.MinimumCoverageSpan.Line, 1);
            Line(1, $"minimum_coverage: {Scalar(DslWriter.Number(minimum * 100) + "%")}");
        }
    }

    /// <summary>'true' for every assessment, or the list of assessment types.</summary>
    private static string Requirement(RequiredSyntax required) =>
        required.AssessmentTypes.IsEmpty ? "true" : $"[{string.Join(", ", required.AssessmentTypes)}]";

    private void WriteCertifications(IEnumerable<CertificationSyntax> certifications)
    {
        Section(certifications.First().Span.Line, "certifications:");
        foreach (var certification in certifications)
        {
            Comments(certification.Span.Line, 1);
            Line(1, $"- id: {Scalar(certification.Id)}");
            Line(2, $"title: {Scalar(certification.Title)}");
            if (certification.ValidYears is { } years)
            {
                Line(2, $"valid_years: {years}");
            }

            if (certification.Requires is { } requires)
            {
                Line(2, $"requires: {Requirement(requires)}");
            }

            if (certification.Pass is not null)
            {
                Line(2, $"pass: {Scalar(OutcomeWriter.Write(certification.Pass))}");
            }

            if (!certification.Tiers.IsEmpty)
            {
                Line(2, "tiers:");
                foreach (var tier in certification.Tiers)
                {
                    Comments(tier.Span.Line, 3);
                    Line(3, $"{Scalar(tier.Name)}: {Scalar(OutcomeWriter.Write(tier.Condition))}");
                }
            }
        }
    }

    private void WriteEvidence(IEnumerable<EvidenceItemSyntax> items)
    {
        Section(items.First().Span.Line, "evidence:");
        foreach (var item in items)
        {
            Comments(item.Span.Line, 1);
            Line(1, $"{item.Key}:");
            Line(2, $"type: {Scalar(DslWriter.Type(item.Type))}");
            Optional(2, "question", item.Question);
            Optional(2, "unit", item.Unit);
            if (item.Min is { } min)
            {
                Line(2, $"min: {Bound(min, item.Type)}");
            }

            if (item.Max is { } max)
            {
                Line(2, $"max: {Bound(max, item.Type)}");
            }

            if (item.Required is { } required)
            {
                Line(2, $"required: {Requirement(required)}");
            }

            if (item.ValidFor is { } validFor)
            {
                Line(2, $"valid_for: {DslWriter.Number(validFor.Amount)} {validFor.Unit}");
            }

            if (!item.Formerly.IsEmpty)
            {
                Line(2, "formerly:");
                foreach (var former in item.Formerly)
                {
                    var choices = string.Join(", ", former.Choices.Select(c => $"{Scalar(c.From)}: {Scalar(c.To)}"));
                    Line(3, $"{Scalar(former.Key)}: {{{(choices.Length == 0 ? "" : $" {choices} ")}}}");
                }
            }
        }
    }

    private static string Bound(decimal value, TypeSyntax type) =>
        type.Name == "percentage" ? Scalar(DslWriter.Number(value * 100) + "%") : DslWriter.Number(value);
}
