using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Parsing.Generated;

namespace SpmAudit.Language.Parsing;

/// <summary>
/// Counts how deep expressions, nodes, outcome rules and types nest while the parser reads them,
/// and stops it past <see cref="InputLimits.MaxNesting"/>: before any recursive walk (the parser's
/// own, the AST builder's, the binder's, the compiler's) can run out of stack. The parser reads a
/// chain of left-associative operators in a loop, without entering a rule per operator, so the
/// finished tree is measured again, without recursion, by <see cref="FindTooDeep"/>.
/// </summary>
internal sealed class NestingGuard : IParseTreeListener
{
    private int _depth;

    /// <summary>The first place the tree nests deeper than the limit, walked with an explicit stack.</summary>
    public static IToken? FindTooDeep(IParseTree tree)
    {
        var pending = new Stack<(IParseTree Tree, int Depth)>();
        pending.Push((tree, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            if (current is not ParserRuleContext context)
            {
                continue;
            }

            if (Counts(context) && ++depth > InputLimits.MaxNesting)
            {
                return context.Start;
            }

            for (var i = context.ChildCount - 1; i >= 0; i--)
            {
                pending.Push((context.GetChild(i), depth));
            }
        }

        return null;
    }

    public void EnterEveryRule(ParserRuleContext ctx)
    {
        if (Counts(ctx) && ++_depth > InputLimits.MaxNesting)
        {
            throw new NestingLimitException(ctx.Start);
        }
    }

    public void ExitEveryRule(ParserRuleContext ctx)
    {
        if (Counts(ctx))
        {
            _depth--;
        }
    }

    public void VisitTerminal(ITerminalNode node)
    {
    }

    public void VisitErrorNode(IErrorNode node)
    {
    }

    private static bool Counts(ParserRuleContext ctx) =>
        ctx.RuleIndex is SpmRulesParser.RULE_expr or SpmRulesParser.RULE_node or SpmRulesParser.RULE_outcome or SpmRulesParser.RULE_typeRef;
}

/// <summary>Thrown out of the parser when the nesting limit is passed; the front end turns it into SPM1009.</summary>
internal sealed class NestingLimitException(IToken at) : Exception("nesting limit")
{
    public IToken At { get; } = at;
}
