using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;
using static SpmAudit.Language.Parsing.Generated.SpmRulesParser;

namespace SpmAudit.Language.Parsing;

internal sealed partial class AstBuilder
{
    private NodeSyntax? BuildNode(NodeContext? node)
    {
        if (node?.level is null || node.nodeId() is not { } idContext || node.title is null)
        {
            return null;
        }

        decimal? weight = null;
        var critical = false;
        RequiredSyntax? required = null;
        foreach (var attribute in node.nodeAttribute())
        {
            switch (attribute)
            {
                case WeightAttributeContext w when w.number() is { } n:
                    weight = Number(n.NUMBER());
                    break;
                case CriticalAttributeContext:
                    critical = true;
                    break;
                case RequiredAttributeContext r when r.requirement() is { } requirement:
                    required = BuildRequirement(requirement);
                    break;
            }
        }

        string? guidance = null;
        ExpressionSyntax? applies = null;
        var lets = ImmutableArray.CreateBuilder<LetSyntax>();
        ImmutableArray<ScoreRuleSyntax>? score = null;
        var children = ImmutableArray.CreateBuilder<NodeSyntax>();
        foreach (var member in node.nodeMember())
        {
            switch (member)
            {
                case GuidanceMemberContext g when g.STRING() is { } s:
                    guidance = Unquote(s.Symbol);
                    break;
                case AppliesMemberContext a when a.expr() is { } e:
                    applies = BuildExpression(e);
                    break;
                case LetMemberContext l when l.IDENT() is { } name && l.expr() is { } e:
                    lets.Add(new LetSyntax(Span(l.Start), name.GetText(), BuildExpression(e)));
                    break;
                case ScoreMemberContext s:
                    score = [.. s.scoreRule()
                        .Where(r => r.label is not null && r.expr() is not null)
                        .Select(r => new ScoreRuleSyntax(Span(r.Start), r.label.Text, BuildExpression(r.expr())))];
                    break;
                case ChildMemberContext c when BuildNode(c.node()) is { } child:
                    children.Add(child);
                    break;
            }
        }

        return new NodeSyntax(
            Span(node.Start), node.level.Text, NodeId(idContext), Unquote(node.title), weight, critical,
            guidance, applies, lets.ToImmutable(), score, children.ToImmutable())
        {
            Required = required,
        };
    }

    /// <summary>A node id, bare (4.A.1.1, ac-2) or quoted ("risk.in.2"); either way it must be a valid id.</summary>
    private string NodeId(NodeIdContext id)
    {
        if (id.STRING() is { } quoted)
        {
            var text = Unquote(quoted.Symbol);
            if (!Identifiers.IsId(text))
            {
                diagnostics.Add(DiagnosticCatalog.InvalidId(Span(id.Start), text));
            }

            return text;
        }

        return ValidId(Joined(id.nodeIdPart(), id.Start), id.Start);
    }

    /// <summary>Ids are checked once joined, so 'a--b' or '-1' is one clear diagnostic (spaces have their own, SPM1004).</summary>
    private string ValidId(string text, Antlr4.Runtime.IToken start)
    {
        if (!Identifiers.IsId(text) && !text.Contains(' ', StringComparison.Ordinal) && text.Length > 0)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidId(Span(start), text));
        }

        return text;
    }

    /// <summary>Joins the tokens of a hyphenated name (external-audit); a space inside is reported like one in an id.</summary>
    private string Joined(IReadOnlyList<Antlr4.Runtime.IToken> tokens, Antlr4.Runtime.IToken start)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].StartIndex != tokens[i - 1].StopIndex + 1)
            {
                diagnostics.Add(DiagnosticCatalog.SpaceInNodeId(Span(start), string.Join(" ", tokens.Select(t => t.Text))));
                break;
            }
        }

        return string.Concat(tokens.Select(t => t.Text));
    }

    /// <summary>Joins the tokens of an id such as 4.A.1.1, which the lexer splits into numbers, names and dots.</summary>
    private string Joined(IReadOnlyList<Antlr4.Runtime.ParserRuleContext> parts, Antlr4.Runtime.IToken start)
    {
        var text = string.Concat(parts.Select(p => p.GetText()));
        for (var i = 1; i < parts.Count; i++)
        {
            if (parts[i].Start.StartIndex != parts[i - 1].Stop.StopIndex + 1)
            {
                diagnostics.Add(DiagnosticCatalog.SpaceInNodeId(Span(start), string.Join(" ", parts.Select(p => p.GetText()))));
                break;
            }
        }

        return text;
    }
}
