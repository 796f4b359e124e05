using Antlr4.Runtime;
using SpmAudit.Language.Parsing.Generated;

namespace SpmAudit.Language.Parsing;

/// <summary>
/// ANTLR's recovery, reporting only the first error of a cascade: after an error the parser resyncs
/// somewhere inside the same block, and what it then finds wrong is an echo of the first mistake
/// ("expected 'when'" three times for one misspelt word). Errors are reported again once a block
/// has been closed by a matched '}', so mistakes in different blocks are all shown in one run. A '}'
/// found where none belongs after an earlier error is the brace that error left unbalanced.
/// </summary>
internal sealed class CascadeErrorStrategy : DefaultErrorStrategy
{
    private bool _inCascade;
    private bool _reported;

    private bool Suppressed(Parser recognizer) =>
        _inCascade || (_reported && recognizer.CurrentToken.Type == SpmRulesLexer.RBRACE);

    public override void ReportError(Parser recognizer, RecognitionException e)
    {
        if (!Suppressed(recognizer) && !InErrorRecoveryMode(recognizer))
        {
            base.ReportError(recognizer, e);
            _reported = true;
        }

        _inCascade = true;
        BeginErrorCondition(recognizer);
    }

    public override void ReportMatch(Parser recognizer)
    {
        base.ReportMatch(recognizer);
        if (_inCascade && ((ITokenStream)recognizer.InputStream).LT(-1)?.Type == SpmRulesLexer.RBRACE)
        {
            _inCascade = false;
        }
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (!Suppressed(recognizer))
        {
            base.ReportUnwantedToken(recognizer);
            _reported = true;
        }

        _inCascade = true;
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (!Suppressed(recognizer))
        {
            base.ReportMissingToken(recognizer);
            _reported = true;
        }

        _inCascade = true;
    }
}
