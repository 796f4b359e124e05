using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>Places the nodes of 'extend' declarations under their parents, in the order the files were loaded.</summary>
internal static class Extensions
{
    public static ImmutableArray<NodeSyntax> Apply(ImmutableArray<NodeSyntax> nodes, ImmutableArray<ExtensionSyntax> extensions, DiagnosticBag diagnostics)
    {
        if (extensions.IsEmpty)
        {
            return nodes;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        Collect(nodes, ids);
        foreach (var extension in extensions)
        {
            if (!ids.Contains(extension.ParentId))
            {
                diagnostics.Add(DiagnosticCatalog.UnknownNodeId(extension.Span, extension.ParentId, Suggestions.Closest(extension.ParentId, ids)));
                continue;
            }

            nodes = [.. nodes.Select(n => Attach(n, extension))];
            Collect(extension.Nodes, ids);
        }

        return nodes;
    }

    /// <summary>
    /// Attaches the extensions whose parent is among <paramref name="nodes"/>; the ones attached are added
    /// to <paramref name="attached"/> so a caller can keep the others for the binder to report.
    /// </summary>
    public static ImmutableArray<NodeSyntax> AttachWhereFound(ImmutableArray<NodeSyntax> nodes, IEnumerable<ExtensionSyntax> extensions, HashSet<ExtensionSyntax> attached)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Collect(nodes, ids);
        foreach (var extension in extensions.Where(e => ids.Contains(e.ParentId) && !attached.Contains(e)))
        {
            nodes = [.. nodes.Select(n => Attach(n, extension))];
            Collect(extension.Nodes, ids);
            attached.Add(extension);
        }

        return nodes;
    }

    private static NodeSyntax Attach(NodeSyntax node, ExtensionSyntax extension) =>
        node.Id == extension.ParentId
            ? node with { Children = node.Children.AddRange(extension.Nodes) }
            : node with { Children = [.. node.Children.Select(c => Attach(c, extension))] };

    private static void Collect(IEnumerable<NodeSyntax> nodes, HashSet<string> ids)
    {
        foreach (var node in nodes)
        {
            ids.Add(node.Id);
            Collect(node.Children, ids);
        }
    }
}
