using SpmAudit.Language.Syntax;
using static SpmAudit.Language.Parsing.Generated.SpmRulesParser;

namespace SpmAudit.Language.Parsing;

internal sealed partial class AstBuilder
{
    private FunctionSyntax? BuildFunction(FunctionDeclContext function)
    {
        if (function.IDENT() is not { } name || function.typeRef() is not { } returns || function.functionBody() is not { } body)
        {
            return null;
        }

        var parameters = function.functionParam()
            .Where(p => p.IDENT() is not null && p.typeRef() is not null)
            .Select(p => new FunctionParameterSyntax(Span(p.Start), p.IDENT().GetText(), BuildType(p.typeRef())));
        var span = Span(function.Start);
        return body switch
        {
            ExpressionBodyContext expression when expression.expr() is { } expr =>
                new FunctionSyntax(span, name.GetText(), [.. parameters], BuildType(returns), BuildExpression(expr)),
            CsharpBodyContext csharp => new FunctionSyntax(span, name.GetText(), [.. parameters], BuildType(returns), null)
            {
                CSharp = BuildCSharpBody(csharp),
            },
            _ => null,
        };
    }

    /// <summary>Inline code is kept exactly as written between the backticks, with the place it starts, so C# diagnostics point into the ruleset.</summary>
    private CSharpBodySyntax? BuildCSharpBody(CsharpBodyContext body)
    {
        if (body.CSHARP_CODE() is { } code)
        {
            var token = code.Symbol;
            return new CSharpBodySyntax(Span(body.Start), token.Text[3..^3], spans.Map(token.Line, token.Column + 3), null);
        }

        return body.STRING() is { } file ? new CSharpBodySyntax(Span(body.Start), null, Span(file.Symbol), Unquote(file.Symbol)) : null;
    }
}
