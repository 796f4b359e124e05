using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

public sealed partial class DslWriter
{
    private void WriteNode(NodeSyntax node, int depth)
    {
        var attributes = (node.Weight is { } weight ? $" weight {Number(weight)}" : "") + (node.Critical ? " critical" : "") + Requirement(node.Required);
        Line(depth, $"{node.Level} {Id(node.Id)} {Quote(node.Title)}{attributes} {{");
        if (node.Guidance is not null)
        {
            Line(depth + 1, $"guidance {Quote(node.Guidance)}");
        }

        if (node.Applies is not null)
        {
            FlushComments(node.Applies.Span.Line, depth + 1);
            Line(depth + 1, $"applies when {ExpressionWriter.Write(node.Applies)}");
        }

        foreach (var let in node.Lets)
        {
            FlushComments(let.Span.Line, depth + 1);
            Line(depth + 1, $"let {let.Name} = {ExpressionWriter.Write(let.Value)}");
        }

        if (node.Score is { } score)
        {
            Line(depth + 1, "score {");
            foreach (var rule in score)
            {
                FlushComments(rule.Span.Line, depth + 2);
                Line(depth + 2, $"{rule.Status} when {ExpressionWriter.Write(rule.Condition)}");
            }

            Line(depth + 1, "}");
        }

        for (var i = 0; i < node.Children.Length; i++)
        {
            if (i > 0 || node.Guidance is not null || node.Score is not null)
            {
                _text.Append('\n');
            }

            FlushComments(node.Children[i].Span.Line, depth + 1);
            WriteNode(node.Children[i], depth + 1);
        }

        Line(depth, "}");
    }

    /// <summary>
    /// Writes a top-level declaration after any comments before it. Declarations are separated by a
    /// blank line, except consecutive one-line declarations of the same kind (imports, parameters).
    /// </summary>
    private void Block(SourceSpan span, Action write, string? compactKind = null)
    {
        var firstLine = _comments.Count > 0 && _comments.Peek().Line <= span.Line ? _comments.Peek().Line : span.Line;
        if (_text.Length > 0 && (compactKind is null || compactKind != _lastKind || _blankLines.Contains(firstLine - 1)))
        {
            _text.Append('\n');
        }

        FlushComments(span.Line, 0);
        write();
        _lastKind = compactKind;
    }

    private string? _lastKind;

    private void FlushComments(int beforeLine, int depth)
    {
        while (_comments.Count > 0 && _comments.Peek().Line <= beforeLine)
        {
            var line = _comments.Peek().Line;
            if (_blankLines.Contains(line - 1) && _text.Length > 1 && !EndsWithBlankOrOpening())
            {
                _text.Append('\n');
            }

            var comment = _comments.Dequeue().Text.Trim();
            Line(depth, comment.StartsWith("//", StringComparison.Ordinal) || comment.StartsWith("/*", StringComparison.Ordinal) ? comment : "//" + comment.TrimStart('#'));
        }
    }

    private bool EndsWithBlankOrOpening() =>
        _text[^1] == '\n' && (_text[^2] == '\n' || _text[^2] == '{');

    private void Line(int depth, string text) => _text.Append(' ', depth * 2).Append(text).Append('\n');

    internal static string Type(TypeSyntax type) => type.Name switch
    {
        "one" => $"one of ({string.Join(", ", type.Choices)})",
        "list" => $"list of {{ {string.Join(", ", type.Fields.Select(f => $"{f.Name}: {Type(f.Type)}"))} }}",
        _ => type.Name,
    };

    /// <summary>An id as the DSL writes it: bare when the lexer reads it back as one id, else quoted.</summary>
    internal static string Id(string id) => Parsing.Identifiers.IsBareId(id) ? id : Quote(id);

    internal static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>Decimals remember trailing zeros (5.00); dividing by 1.000… drops them.</summary>
    internal static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Bound(decimal? bound, TypeSyntax type) => bound switch
    {
        null => "",
        { } b when type.Name == "percentage" => Number(b * 100) + "%",
        { } b => Number(b),
    };
}
