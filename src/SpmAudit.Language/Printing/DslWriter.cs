using System.Globalization;
using System.Text;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>
/// Writes a file's syntax as canonical DSL: fixed order of declarations, two-space indentation,
/// one blank line between top-level declarations and between sibling nodes. Comments are kept:
/// each is written before the first construct that follows it in the source.
/// </summary>
public sealed partial class DslWriter
{
    private readonly StringBuilder _text = new();
    private readonly Queue<CommentSyntax> _comments;
    private readonly System.Collections.Immutable.ImmutableHashSet<int> _blankLines;

    private DslWriter(RulesetFileSyntax file)
    {
        _comments = new Queue<CommentSyntax>(file.Comments.OrderBy(c => c.Line));
        _blankLines = file.BlankLines;
    }

    public static string Write(RulesetFileSyntax file) => new DslWriter(file).WriteFile(file);

    private string WriteFile(RulesetFileSyntax file)
    {
        if (file.Header is { } header)
        {
            WriteHeader(header);
        }

        foreach (var import in file.Imports)
        {
            Block(import.Span, () => Line(0, $"import {Quote(import.Path)}"), "import");
        }

        foreach (var parameter in file.Parameters)
        {
            var description = parameter.Description is null ? "" : " " + Quote(parameter.Description);
            Block(parameter.Span, () => Line(0, $"parameter {parameter.Name} : {Type(parameter.Type)} = {ExpressionWriter.Write(parameter.Value)}{description}"), "parameter");
        }

        foreach (var function in file.Functions)
        {
            Block(function.Span, () => Line(0, Function(function)), "function");
        }

        if (file.Scale is { } scale)
        {
            Block(file.ScaleSpan, () => Line(0, $"scale {{ {string.Join(", ", scale.Select(e => $"{e.Status} = {Number(e.Points)}"))} }}"));
        }

        if (!file.Scoring.IsEmpty)
        {
            Block(file.ScoringSpan, () => Line(0, $"scoring {{ {string.Join("  ", file.Scoring.Select(e => $"{e.Key} = {e.Value}"))} }}"));
        }

        if (file.Grades is { } grades)
        {
            Block(grades.Span, () => WriteGrades(grades));
        }

        foreach (var certification in file.Certifications)
        {
            Block(certification.Span, () => WriteCertification(certification));
        }

        if (!file.Evidence.IsEmpty)
        {
            Block(file.Evidence[0].Span, () => WriteEvidence(file.Evidence));
        }

        foreach (var table in file.Tables)
        {
            Block(table.Span, () => WriteTable(table));
        }

        foreach (var card in file.Scorecards)
        {
            Block(card.Span, () => WriteScorecard(card));
        }

        foreach (var metric in file.Metrics)
        {
            Block(metric.Span, () => WriteMetric(metric));
        }

        foreach (var node in file.Nodes)
        {
            Block(node.Span, () => WriteNode(node, 0));
        }

        foreach (var extension in file.Extensions)
        {
            Block(extension.Span, () => WriteExtension(extension));
        }

        foreach (var translation in file.Translations)
        {
            Block(translation.Span, () => WriteTranslation(translation));
        }

        FlushComments(int.MaxValue, 0);
        return _text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Inline C# is written back exactly as it was between the backticks.</summary>
    private static string Function(FunctionSyntax function)
    {
        var parameters = string.Join(", ", function.Parameters.Select(p => $"{p.Name} : {Type(p.Type)}"));
        var body = function.CSharp switch
        {
            { File: { } file } => $"csharp {Quote(file)}",
            { Code: { } code } => $"csharp ```{code}```",
            _ => ExpressionWriter.Write(function.Body!),
        };
        return $"function {function.Name}({parameters}) : {Type(function.ReturnType)} = {body}";
    }

    private void WriteHeader(HeaderSyntax header)
    {
        FlushComments(header.Span.Line, 0);
        Line(0, $"ruleset {header.Id} {Quote(header.Title)}");
        if (header.Version is not null)
        {
            Line(1, $"version {Quote(header.Version)}");
        }

        if (header.Follows is not null)
        {
            Line(1, $"follows {Quote(header.Follows)}");
        }

        if (!header.Levels.IsEmpty)
        {
            Line(1, $"levels {string.Join(" > ", header.Levels)}");
        }

        if (header.ValidFrom is { } from)
        {
            Line(1, $"valid from {Date(from)}" + (header.ValidTo is { } to ? $" to {Date(to)}" : ""));
        }
    }

    private void WriteGrades(GradesSyntax grades)
    {
        Line(0, "grades {");
        foreach (var band in grades.Bands)
        {
            FlushComments(band.Span.Line, 1);
            Line(1, $"{Quote(band.Grade)} >= {Number(band.MinScore)}");
        }

        foreach (var cap in grades.Caps)
        {
            FlushComments(cap.Span.Line, 1);
            Line(1, $"cap {Quote(cap.Grade)} when {OutcomeWriter.Write(cap.Condition)}");
        }

        if (grades.MinimumCoverage is { } minimum)
        {
            FlushComments(grades.MinimumCoverageSpan.Line, 1);
            Line(1, $"minimum coverage {Number(minimum * 100)}%");
        }

        Line(0, "}");
    }

    private void WriteCertification(CertificationSyntax certification)
    {
        var validity = certification.ValidYears is { } years ? $" valid {years} years" : "";
        Line(0, $"certification {certification.Id} {Quote(certification.Title)}{validity} {{");
        if (certification.Requires is { } requires)
        {
            FlushComments(requires.Span.Line, 1);
            Line(1, $"requires {string.Join(", ", requires.AssessmentTypes)}");
        }

        if (certification.Pass is not null)
        {
            FlushComments(certification.Pass.Span.Line, 1);
            Line(1, $"pass when {OutcomeWriter.Write(certification.Pass)}");
        }

        foreach (var tier in certification.Tiers)
        {
            FlushComments(tier.Span.Line, 1);
            Line(1, $"tier {Quote(tier.Name)} when {OutcomeWriter.Write(tier.Condition)}");
        }

        Line(0, "}");
    }

    private void WriteExtension(ExtensionSyntax extension)
    {
        Line(0, $"extend {Id(extension.ParentId)} {{");
        for (var i = 0; i < extension.Nodes.Length; i++)
        {
            if (i > 0)
            {
                _text.Append('\n');
            }

            FlushComments(extension.Nodes[i].Span.Line, 1);
            WriteNode(extension.Nodes[i], 1);
        }

        Line(0, "}");
    }

    private void WriteTranslation(TranslationSyntax translation)
    {
        Line(0, $"translation {translation.Language} {{");
        foreach (var entry in translation.Entries)
        {
            FlushComments(entry.Span.Line, 1);
            Line(1, $"{Id(entry.NodeId)} {Quote(entry.Title)}" + (entry.Guidance is null ? "" : $" guidance {Quote(entry.Guidance)}"));
        }

        Line(0, "}");
    }

    /// <summary>" required" or " required for external-audit, …"; empty when not required.</summary>
    internal static string Requirement(RequiredSyntax? required) => required is null
        ? ""
        : required.AssessmentTypes.IsEmpty ? " required" : $" required for {string.Join(", ", required.AssessmentTypes)}";

    private void WriteEvidence(IEnumerable<EvidenceItemSyntax> items)
    {
        Line(0, "evidence {");
        foreach (var item in items)
        {
            FlushComments(item.Span.Line, 1);
            var range = item.Min is null && item.Max is null ? "" : $" range {Bound(item.Min, item.Type)}..{Bound(item.Max, item.Type)}";
            var unit = item.Unit is null ? "" : $" unit {Quote(item.Unit)}";
            var required = Requirement(item.Required);
            var validFor = item.ValidFor is { } f ? $" valid for {Number(f.Amount)} {f.Unit}" : "";
            Line(1, $"{item.Key} : {Type(item.Type)}{range}{unit}{required}{validFor}");
            if (item.Question is not null)
            {
                Line(2, $"question {Quote(item.Question)}");
            }

            foreach (var former in item.Formerly)
            {
                var choices = former.Choices.IsEmpty ? "" : $" {{ {string.Join(", ", former.Choices.Select(c => $"{c.From} = {c.To}"))} }}";
                Line(2, $"formerly {former.Key}{choices}");
            }
        }

        Line(0, "}");
    }
}
