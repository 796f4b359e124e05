using System.Collections.Immutable;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing;
using SpmAudit.Language.Parsing.Yaml;
using SpmAudit.Language.Printing;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Profiles;

/// <summary>Applies one profile's entries to the syntax of its base, in a fixed order: add, change, then select.</summary>
internal sealed class Tailoring(ProfileSyntax profile, List<LoadedSource> sources, DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public List<LoadedSource> Apply()
    {
        var root = sources[0];
        var levels = root.Syntax.Header is { Levels.IsEmpty: false } h ? h.Levels : Binding.Binder.DefaultLevels;
        var fragments = YamlRulesetParser.ForFragments(profile.Path, diagnostics, levels);
        var result = Without(sources).Select(s => s with { Syntax = AddNodes(s.Syntax, fragments) }).ToList();
        result = PlaceExtensions(result);
        foreach (var source in result)
        {
            CollectIds(source.Syntax.Nodes);
        }

        CheckIds();
        result = [.. result.Select(s => s with { Syntax = Change(s.Syntax) })];
        result = [.. result.Select(s => s with { Syntax = s.Syntax with { Nodes = Select(s.Syntax.Nodes) } })];
        result[0] = result[0] with { Syntax = Retitle(result[0].Syntax, fragments) };
        return KeepTranslations(result);
    }

    /// <summary>
    /// A translation of a node the profile leaves out goes with the node; a translated guidance the
    /// profile rewrites no longer says the same and is dropped, so the report shows the profile's text.
    /// </summary>
    private List<LoadedSource> KeepTranslations(List<LoadedSource> sources)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            Collect(source.Syntax.Nodes.Concat(source.Syntax.Extensions.SelectMany(e => e.Nodes)), kept);
        }

        var rewritten = profile.Guidance.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        return [.. sources.Select(s => s with
        {
            Syntax = s.Syntax with
            {
                Translations = [.. s.Syntax.Translations.Select(t => t with
                {
                    Entries = [.. t.Entries.Where(e => kept.Contains(e.NodeId)).Select(e => rewritten.Contains(e.NodeId) ? e with { Guidance = null } : e)],
                })],
            },
        })];

        static void Collect(IEnumerable<NodeSyntax> nodes, HashSet<string> into)
        {
            foreach (var node in nodes)
            {
                into.Add(node.Id);
                Collect(node.Children, into);
            }
        }
    }

    /// <summary>Drops whole modules of the base (an optional dimension, the gender module) named by path.</summary>
    private IEnumerable<LoadedSource> Without(List<LoadedSource> all)
    {
        foreach (var (path, span) in profile.Without.Where(w => !all.Any(s => !s.IsRoot && s.RelativeToRoot == w.Path)))
        {
            diagnostics.Add(DiagnosticCatalog.ProfileUnknownModule(span, path, Suggestions.Closest(path, all.Where(s => !s.IsRoot).Select(s => s.RelativeToRoot))));
        }

        return all.Where(s => !profile.Without.Any(w => w.Path == s.RelativeToRoot && !s.IsRoot));
    }

    /// <summary>Extension nodes join their parents first, so that every entry of the profile sees them like any other node.</summary>
    private static List<LoadedSource> PlaceExtensions(List<LoadedSource> sources)
    {
        var extensions = sources.SelectMany(s => s.Syntax.Extensions).ToList();
        var attached = new HashSet<ExtensionSyntax>();
        var placed = sources.Select(s => s with { Syntax = s.Syntax with { Nodes = Binding.Extensions.AttachWhereFound(s.Syntax.Nodes, extensions, attached) } }).ToList();
        return [.. placed.Select(s => s with { Syntax = s.Syntax with { Extensions = [.. s.Syntax.Extensions.Where(e => !attached.Contains(e))] } })];
    }

    private RulesetFileSyntax AddNodes(RulesetFileSyntax file, YamlRulesetParser fragments)
    {
        var nodes = file.Nodes;
        foreach (var (parent, nodesNode, span) in profile.Additions)
        {
            var added = fragments.Nodes(nodesNode);
            nodes = [.. nodes.Select(n => Visit(n, node => node.Id == parent ? node with { Children = node.Children.AddRange(added) } : node))];
        }

        return file with { Nodes = nodes };
    }

    private void CheckIds()
    {
        foreach (var (parent, _, span) in profile.Additions.Where(a => !_ids.Contains(a.Parent)))
        {
            diagnostics.Add(DiagnosticCatalog.ProfileUnknownId(span, parent, Suggestions.Closest(parent, _ids)));
        }

        foreach (var (pattern, span) in profile.Include.Concat(profile.Exclude).Concat(profile.Criticality.Select(c => (c.Id, c.Span))))
        {
            if (!_ids.Any(id => Matches(pattern, id)))
            {
                diagnostics.Add(pattern.Contains('*', StringComparison.Ordinal)
                    ? DiagnosticCatalog.PatternMatchesNothing(span, pattern)
                    : DiagnosticCatalog.ProfileUnknownId(span, pattern, Suggestions.Closest(pattern, _ids)));
            }
        }

        foreach (var (id, span) in profile.Weights.Select(w => (w.Id, w.Span)).Concat(profile.Guidance.Select(g => (g.Id, g.Span))))
        {
            if (!_ids.Contains(id))
            {
                diagnostics.Add(DiagnosticCatalog.ProfileUnknownId(span, id, Suggestions.Closest(id, _ids)));
            }
        }
    }

    private RulesetFileSyntax Change(RulesetFileSyntax file) => file with
    {
        Nodes = [.. file.Nodes.Select(n => Visit(n, ChangeNode))],
        Parameters = [.. file.Parameters.Select(ChangeParameter)],
    };

    private NodeSyntax ChangeNode(NodeSyntax node)
    {
        foreach (var (id, weight, span) in profile.Weights.Where(w => w.Id == node.Id))
        {
            if ((node.Weight ?? 1m) == weight)
            {
                diagnostics.Add(DiagnosticCatalog.ProfileChangesNothing(span, $"'{id}' already has weight {DslWriter.Number(weight)}"));
            }

            node = node with { Weight = weight };
        }

        foreach (var (pattern, critical, span) in profile.Criticality.Where(c => Matches(c.Id, node.Id) && node.Score is not null))
        {
            if (node.Critical == critical)
            {
                diagnostics.Add(DiagnosticCatalog.ProfileChangesNothing(span, $"'{node.Id}' is already {(critical ? "critical" : "not critical")}"));
            }

            node = node with { Critical = critical };
        }

        foreach (var (id, guidance, span) in profile.Guidance.Where(g => g.Id == node.Id))
        {
            if (node.Guidance == guidance)
            {
                diagnostics.Add(DiagnosticCatalog.ProfileChangesNothing(span, $"the guidance of '{id}' is already this text"));
            }

            node = node with { Guidance = guidance };
        }

        return node;
    }

    private ParameterSyntax ChangeParameter(ParameterSyntax parameter)
    {
        foreach (var (name, value) in profile.Parameters.Where(p => p.Name == parameter.Name))
        {
            if (DslParser.ParseExpression(value.Value, profile.Path, value.Span.Line, value.TextColumn, diagnostics) is not { } expression)
            {
                continue;
            }

            if (ExpressionWriter.Write(expression) == ExpressionWriter.Write(parameter.Value))
            {
                diagnostics.Add(DiagnosticCatalog.ProfileChangesNothing(value.Span, $"parameter '{name}' is already {value.Value}"));
            }

            parameter = parameter with { Value = expression };
        }

        return parameter;
    }

    /// <summary>Unknown parameters are checked once all sources are known.</summary>
    private void CheckParameters()
    {
        var declared = sources.SelectMany(s => s.Syntax.Parameters).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in profile.Parameters.Where(p => !declared.Contains(p.Name)))
        {
            diagnostics.Add(DiagnosticCatalog.ProfileUnknownParameter(value.Span, name, Suggestions.Closest(name, declared)));
        }
    }

    /// <summary>Keeps included branches (with their ancestors and descendants), drops excluded ones and any group left empty.</summary>
    private ImmutableArray<NodeSyntax> Select(ImmutableArray<NodeSyntax> nodes) =>
        [.. nodes.Select(n => Select(n, ancestorIncluded: profile.Include.IsEmpty)).OfType<NodeSyntax>()];

    private NodeSyntax? Select(NodeSyntax node, bool ancestorIncluded)
    {
        if (profile.Exclude.Any(e => Matches(e.Pattern, node.Id)))
        {
            return null;
        }

        var included = ancestorIncluded || profile.Include.Any(i => Matches(i.Pattern, node.Id));
        if (node.Score is not null)
        {
            return included ? node : null;
        }

        var children = node.Children.Select(c => Select(c, included)).OfType<NodeSyntax>().ToImmutableArray();
        return children.IsEmpty ? null : node with { Children = children };
    }

    private RulesetFileSyntax Retitle(RulesetFileSyntax root, YamlRulesetParser fragments)
    {
        CheckParameters();
        var header = root.Header! with { Id = profile.Id, Title = profile.Title, Version = profile.Version };
        var grades = profile.Grades is { } node ? fragments.Grades(node) ?? root.Grades : root.Grades;
        return root with { Header = header, Grades = grades };
    }

    private void CollectIds(IEnumerable<NodeSyntax> nodes)
    {
        foreach (var node in nodes)
        {
            _ids.Add(node.Id);
            CollectIds(node.Children);
        }
    }

    private static NodeSyntax Visit(NodeSyntax node, Func<NodeSyntax, NodeSyntax> change) =>
        change(node with { Children = [.. node.Children.Select(c => Visit(c, change))] });

    /// <summary>
    /// An id, or a pattern where '*' stands for any characters: '4.*', '1.A.*'. Matched without a
    /// regular expression: the last star is the only backtracking point, so no pattern, however many
    /// stars it has, takes more than (pattern length × id length) steps.
    /// </summary>
    internal static bool Matches(string pattern, string id)
    {
        int p = 0, i = 0, star = -1, resume = 0;
        while (i < id.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && pattern[p] == id[i])
            {
                p++;
                i++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = i;
            }
            else if (star >= 0)
            {
                p = star + 1;
                i = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
