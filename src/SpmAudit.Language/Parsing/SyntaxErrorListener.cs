using Antlr4.Runtime;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Parsing;

/// <summary>Reports ANTLR's syntax errors as SPM1001 diagnostics with the expected tokens named plainly.</summary>
internal sealed class SyntaxErrorListener(SpanMapper spans, DiagnosticBag diagnostics) : BaseErrorListener
{
    private const int MaxExpectedShown = 6;

    public int Count { get; private set; }

    public override void SyntaxError(
        TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine, string msg, RecognitionException e)
    {
        Count++;
        var found = offendingSymbol.Type == TokenConstants.EOF ? "end of file" : $"'{offendingSymbol.Text}'";
        var expected = recognizer is Parser parser ? DescribeExpected(parser) : "";
        diagnostics.Add(DiagnosticCatalog.SyntaxError(spans.Map(line, charPositionInLine), found, expected));
    }

    private static string DescribeExpected(Parser parser)
    {
        IList<int> tokens;
        try
        {
            tokens = parser.GetExpectedTokens().ToList();
        }
        catch (ArgumentException)
        {
            // ANTLR cannot always compute the expected set after recovery; the message stays useful without it.
            return "";
        }

        var names = tokens
            .Select(t => parser.Vocabulary.GetDisplayName(t))
            .Where(n => n != "UNKNOWN_CHAR")
            .Select(Friendly)
            .Distinct()
            .ToList();
        if (names.Contains("'if'") && names.Contains("'('"))
        {
            return "an expression";
        }

        if (names.Count == 0 || names.Count > MaxExpectedShown)
        {
            return names.Count == 0 ? "" : string.Join(", ", names.Take(MaxExpectedShown)) + " or another construct";
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }

    private static string Friendly(string displayName) => displayName switch
    {
        "IDENT" => "a name",
        "STRING" => "a string",
        "NUMBER" => "a number",
        "PERCENT" => "a percentage",
        "DATE" => "a date",
        "EOF" => "end of file",
        _ => displayName,
    };
}
