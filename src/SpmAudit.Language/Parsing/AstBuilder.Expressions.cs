using System.Globalization;
using SpmAudit.Language.Syntax;
using static SpmAudit.Language.Parsing.Generated.SpmRulesParser;

namespace SpmAudit.Language.Parsing;

internal sealed partial class AstBuilder
{
    public ExpressionSyntax BuildExpression(ExprContext expr)
    {
        var span = Span(expr.Start);
        return expr switch
        {
            PrimaryExprContext p => BuildPrimary(p.primary()),
            NegateExprContext n => new UnarySyntax(span, "-", Child(n.expr())),
            NotExprContext n => new UnarySyntax(span, "not", Child(n.expr())),
            MultiplicativeExprContext m => Binary(m.op.Text, m.expr(0), m.expr(1), m.op),
            AdditiveExprContext a => Binary(a.op.Text, a.expr(0), a.expr(1), a.op),
            ComparisonExprContext c => Binary(c.op.Text, c.expr(0), c.expr(1), c.op),
            AndExprContext a => Binary("and", a.expr(0), a.expr(1), a.AND().Symbol),
            OrExprContext o => Binary("or", o.expr(0), o.expr(1), o.OR().Symbol),
            InExprContext i => new InSyntax(
                Span(i.IN().Symbol), Child(i.expr(0)), [.. i.expr().Skip(1).Select(BuildExpression)], i.NOT() is not null),
            ConditionalExprContext c => new ConditionalSyntax(span, Child(c.expr(0)), Child(c.expr(1)), Child(c.expr(2))),
            _ => new BooleanLiteralSyntax(span, false),
        };
    }

    private BinarySyntax Binary(string op, ExprContext? left, ExprContext? right, Antlr4.Runtime.IToken opToken) =>
        new(Span(opToken), op, Child(left), Child(right));

    /// <summary>Error recovery can leave an operand missing; a placeholder keeps the tree whole.</summary>
    private ExpressionSyntax Child(ExprContext? expr) =>
        expr is null ? new BooleanLiteralSyntax(SourceSpanOfNothing(), false) : BuildExpression(expr);

    private Diagnostics.SourceSpan SourceSpanOfNothing() => Diagnostics.SourceSpan.None(spans.Path);

    private ExpressionSyntax BuildPrimary(PrimaryContext? primary)
    {
        if (primary is null)
        {
            return new BooleanLiteralSyntax(SourceSpanOfNothing(), false);
        }

        var span = Span(primary.Start);
        switch (primary)
        {
            case NumberLiteralContext n:
                return new NumberLiteralSyntax(span, Number(n.number().NUMBER()), false, n.GetText());
            case PercentLiteralContext p:
                return new NumberLiteralSyntax(span, Percent(p.PERCENT()), true, p.GetText());
            case StringLiteralContext s:
                return new StringLiteralSyntax(span, Unquote(s.STRING().Symbol));
            case DateLiteralContext d:
                return Date(d.DATE().Symbol) is { } date ? new DateLiteralSyntax(span, date) : new StringLiteralSyntax(span, d.GetText());
            case TrueLiteralContext:
                return new BooleanLiteralSyntax(span, true);
            case FalseLiteralContext:
                return new BooleanLiteralSyntax(span, false);
            case CallExprContext call:
                return new CallSyntax(span, call.callee.Text, [.. call.argument().Select(BuildArgument)]);
            case NameExprContext name:
                return new NameSyntax(span, name.qualifiedName().GetText());
            case ParenExprContext paren:
                return new ParenthesizedSyntax(span, Child(paren.expr()));
            case SelectExprContext select:
                return new SelectSyntax(Span(select.Start), BuildPrimary(select.primary()),
                    [.. select.selection().Select(s => new SelectionSyntax(Span(s.Start), s.IDENT().GetText(), Child(s.expr())))]);
            default:
                return new BooleanLiteralSyntax(span, false);
        }
    }

    private ExpressionSyntax BuildArgument(ArgumentContext argument) => argument switch
    {
        LambdaArgumentContext lambda => new LambdaSyntax(Span(lambda.Start), lambda.IDENT().GetText(), Child(lambda.expr())),
        PlainArgumentContext plain => Child(plain.expr()),
        _ => new BooleanLiteralSyntax(Span(argument.Start), false),
    };

    internal static string FormatNumber(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
