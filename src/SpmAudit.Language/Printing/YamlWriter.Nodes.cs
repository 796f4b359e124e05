using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

public sealed partial class YamlWriter
{
    private void WriteNode(NodeSyntax node, int depth)
    {
        Comments(node.Span.Line, depth);
        Line(depth, $"- {node.Level}: {Scalar(node.Id)}");
        var inner = depth + 1;
        Line(inner, $"title: {Scalar(node.Title)}");
        if (node.Weight is { } weight)
        {
            Line(inner, $"weight: {DslWriter.Number(weight)}");
        }

        if (node.Critical)
        {
            Line(inner, "critical: true");
        }

        if (node.Required is { } required)
        {
            Line(inner, $"required: {Requirement(required)}");
        }

        Optional(inner, "guidance", node.Guidance);
        if (node.Applies is not null)
        {
            Comments(node.Applies.Span.Line, inner);
            Line(inner, $"applies: {Scalar(ExpressionWriter.Write(node.Applies))}");
        }

        if (!node.Lets.IsEmpty)
        {
            Line(inner, "let:");
            foreach (var let in node.Lets)
            {
                Comments(let.Span.Line, inner + 1);
                Line(inner + 1, $"{let.Name}: {Scalar(ExpressionWriter.Write(let.Value))}");
            }
        }

        if (node.Score is { } score)
        {
            Line(inner, "score:");
            foreach (var rule in score)
            {
                Comments(rule.Span.Line, inner + 1);
                Line(inner + 1, $"{rule.Status}: {Scalar(ExpressionWriter.Write(rule.Condition))}");
            }
        }

        if (!node.Children.IsEmpty)
        {
            Line(inner, "children:");
            foreach (var child in node.Children)
            {
                WriteNode(child, inner + 1);
            }
        }
    }

    private void Section(int line, string text)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        Comments(line, 0);
        Line(0, text);
    }

    private void Comments(int beforeLine, int depth)
    {
        while (_comments.Count > 0 && _comments.Peek().Line <= beforeLine)
        {
            var text = _comments.Dequeue().Text.Trim();
            var body = text.StartsWith("//", StringComparison.Ordinal) ? text[2..] : text.StartsWith("/*", StringComparison.Ordinal) ? text[2..^2] : text.TrimStart('#');
            foreach (var line in body.Split('\n'))
            {
                Line(depth, ("#" + (line.Length > 0 && line[0] != ' ' ? " " : "") + line.TrimEnd()).TrimEnd());
            }
        }
    }

    private void Optional(int depth, string key, string? value)
    {
        if (value is not null)
        {
            Line(depth, $"{key}: {Scalar(value)}");
        }
    }

    private void Line(int depth, string text) => _text.Append(' ', depth * 2).Append(text).Append('\n');

    /// <summary>Plain when YAML reads it back as the same text, else double-quoted with escapes.</summary>
    internal static string Scalar(string value)
    {
        var plain = value.Length > 0
            && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '/' or ' ' or '+' or ',' or '(' or ')' or '\'' or '%' or ';' or '=' or '<' or '>' or '*')
            && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
            && char.IsLetterOrDigit(value[0])
            && !value.Contains(" #", StringComparison.Ordinal)
            && value is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "Null" or "NULL" or "True" or "False");
        return plain ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
    }
}
