using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>
/// Reads one YAML document into positioned nodes from the parser's events, so that duplicate
/// keys and bad values are reported with line and column instead of being lost or thrown.
/// </summary>
public static class YamlDocumentReader
{
    public static YamlNode? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return null;
            }

            var root = ReadNode(parser, path, anchors, diagnostics);
            parser.Consume<DocumentEnd>();
            if (parser.TryConsume<DocumentStart>(out var second))
            {
                diagnostics.Add(DiagnosticCatalog.YamlSyntax(Span(path, second.Start), "only one document per file is read; remove the second '---'."));
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticCatalog.YamlSyntax(Span(path, e.Start), Clean(e.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed flow collections ("[a, b").
            var at = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Add(DiagnosticCatalog.YamlSyntax(Span(path, at), "a '[' or '{' is not closed, or a value is cut short."));
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, string path, Dictionary<string, YamlNode> anchors, DiagnosticBag diagnostics)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the document.");
        YamlNode node;
        string? anchor = null;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                throw new YamlException(alias.Start, alias.End, $"Alias '*{alias.Value}' names no anchor defined before it.");
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                node = new YamlScalar(Span(path, scalar.Start), scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
                break;
            case SequenceStart start:
                parser.MoveNext();
                anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                var items = ImmutableArray.CreateBuilder<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, path, anchors, diagnostics));
                }

                node = new YamlSequence(Span(path, start.Start), items.ToImmutable());
                break;
            case MappingStart start:
                parser.MoveNext();
                anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                node = ReadMapping(parser, path, Span(path, start.Start), anchors, diagnostics);
                break;
            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }

        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static YamlMapping ReadMapping(IParser parser, string path, SourceSpan span, Dictionary<string, YamlNode> anchors, DiagnosticBag diagnostics)
    {
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, path, anchors, diagnostics);
            var value = ReadNode(parser, path, anchors, diagnostics);
            if (keyNode is not YamlScalar key)
            {
                diagnostics.Add(DiagnosticCatalog.WrongShape(keyNode.Span, "a plain key", keyNode.Describe()));
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateKey(key.Span, key.Value, first));
                continue;
            }

            seen[key.Value] = key.Span;
            entries.Add(new(key, value));
        }

        return new YamlMapping(span, entries.ToImmutable());
    }

    private static SourceSpan Span(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    /// <summary>YamlDotNet prefixes its messages with the position, which the diagnostic already carries.</summary>
    private static string Clean(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }
}
