using Antlr4.Runtime;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing.Generated;

namespace SpmAudit.Language.Parsing;

/// <summary>
/// Reads all tokens, reports characters the language does not know, and hands the parser
/// only the tokens it can use, so one stray character gives one diagnostic, not a cascade.
/// </summary>
internal static class LexicalFilter
{
    public static List<IToken> Tokens(SpmRulesLexer lexer, SpanMapper spans, DiagnosticBag diagnostics, List<Syntax.CommentSyntax>? comments = null)
    {
        var result = new List<IToken>();
        var skipLine = -1;
        for (var token = lexer.NextToken(); ; token = lexer.NextToken())
        {
            if (token.Type == TokenConstants.EOF)
            {
                result.Add(token);
                return result;
            }

            if (token.Type is SpmRulesLexer.LINE_COMMENT or SpmRulesLexer.BLOCK_COMMENT)
            {
                comments?.Add(new Syntax.CommentSyntax(token.Line, token.Text));
            }

            if (token.Line == skipLine || token.Channel != TokenConstants.DefaultChannel)
            {
                continue;
            }

            if (token.Type == SpmRulesLexer.UNKNOWN_CHAR)
            {
                var span = spans.Map(token.Line, token.Column);
                if (token.Text == "\"")
                {
                    diagnostics.Add(DiagnosticCatalog.UnterminatedString(span));
                    skipLine = token.Line;
                }
                else
                {
                    diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter(span, token.Text));
                }

                continue;
            }

            result.Add(token);
        }
    }
}
