using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
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
        var reading = new Reading(path, diagnostics);
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                return null;
            }

            var root = reading.Node(parser, 0).Node;
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
        catch (YamlLimitException limit)
        {
            diagnostics.Add(limit.Diagnostic);
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

    /// <summary>
    /// One document being read, with the bounds that keep a small file from growing without end:
    /// nesting depth, alias uses, nodes once aliases are expanded, and the length of a text.
    /// </summary>
    private sealed class Reading(string path, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, (YamlNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
        private long _nodes;
        private int _aliases;

        /// <summary>A node and how many nodes it stands for once its aliases are expanded.</summary>
        public (YamlNode Node, long Size) Node(IParser parser, int depth)
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of the document.");
            if (depth > InputLimits.MaxYamlDepth)
            {
                throw new YamlLimitException(DiagnosticCatalog.YamlTooDeep(Span(path, current.Start), InputLimits.MaxYamlDepth));
            }

            (YamlNode Node, long Size) result;
            string? anchor = null;
            switch (current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new YamlException(alias.Start, alias.End, $"Alias '*{alias.Value}' names no anchor defined before it.");
                    }

                    if (++_aliases > InputLimits.MaxYamlAliases)
                    {
                        throw new YamlLimitException(DiagnosticCatalog.YamlAliasLimit(Span(path, alias.Start), $"more than {InputLimits.MaxYamlAliases:N0} aliases"));
                    }

                    Count(target.Size, alias.Start);
                    return target;
                case Scalar scalar:
                    parser.MoveNext();
                    anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                    if (scalar.Value.Length > InputLimits.MaxTextLength)
                    {
                        throw new YamlLimitException(DiagnosticCatalog.TextTooLong(Span(path, scalar.Start), InputLimits.MaxTextLength));
                    }

                    Count(1, scalar.Start);
                    result = (new YamlScalar(Span(path, scalar.Start), scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted), 1);
                    break;
                case SequenceStart start:
                    parser.MoveNext();
                    anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                    Count(1, start.Start);
                    var items = ImmutableArray.CreateBuilder<YamlNode>();
                    long size = 1;
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        var item = Node(parser, depth + 1);
                        items.Add(item.Node);
                        size += item.Size;
                    }

                    result = (new YamlSequence(Span(path, start.Start), items.ToImmutable()), size);
                    break;
                case MappingStart start:
                    parser.MoveNext();
                    anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                    Count(1, start.Start);
                    result = Mapping(parser, Span(path, start.Start), depth);
                    break;
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
            }

            if (anchor is not null)
            {
                _anchors[anchor] = result;
            }

            return result;
        }

        private (YamlNode Node, long Size) Mapping(IParser parser, SourceSpan span, int depth)
        {
            var entries = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            long size = 1;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = Node(parser, depth + 1);
                var value = Node(parser, depth + 1);
                size += keyNode.Size + value.Size;
                if (keyNode.Node is not YamlScalar key)
                {
                    diagnostics.Add(DiagnosticCatalog.WrongShape(keyNode.Node.Span, "a plain key", keyNode.Node.Describe()));
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateKey(key.Span, key.Value, first));
                    continue;
                }

                seen[key.Value] = key.Span;
                entries.Add(new(key, value.Node));
            }

            return (new YamlMapping(span, entries.ToImmutable()), size);
        }

        /// <summary>Nodes as a reader walking the document would meet them: an alias counts its whole target again.</summary>
        private void Count(long nodes, Mark at)
        {
            _nodes += nodes;
            if (_nodes > InputLimits.MaxYamlNodes)
            {
                throw new YamlLimitException(DiagnosticCatalog.YamlAliasLimit(Span(path, at), $"more than {InputLimits.MaxYamlNodes:N0} nodes once its aliases are expanded"));
            }
        }
    }

    /// <summary>A bound of the reader was passed; the document is not read further.</summary>
    private sealed class YamlLimitException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    private static SourceSpan Span(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    /// <summary>YamlDotNet prefixes its messages with the position, which the diagnostic already carries.</summary>
    private static string Clean(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }
}
