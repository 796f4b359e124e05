using Microsoft.CodeAnalysis;
using SpmAudit.Language.Inputs;

namespace SpmAudit.Scripting;

/// <summary>
/// The C# parser copes with deep nesting, but binding it recurses once per level: a chain of
/// thousands of qualified names or nested expressions overflowed the stack inside the semantic
/// model, which ends the process. The depth is measured here without recursion, before any
/// semantic work, and held to the bound the rules' own expressions have.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The first node deeper than <see cref="InputLimits.MaxNesting"/>, or null.</summary>
    public static SyntaxNode? FindTooDeep(SyntaxNode root)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > InputLimits.MaxNesting)
            {
                return node;
            }

            foreach (var child in node.ChildNodes())
            {
                pending.Push((child, depth + 1));
            }
        }

        return null;
    }
}
