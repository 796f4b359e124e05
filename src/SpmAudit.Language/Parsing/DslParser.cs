using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing.Generated;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing;

/// <summary>
/// The DSL front end: text to <see cref="RulesetFileSyntax"/>. ANTLR types stay inside this
/// folder; callers see syntax records and diagnostics only.
/// </summary>
public static class DslParser
{
    public static RulesetFileSyntax ParseFile(string path, string text, DiagnosticBag diagnostics)
    {
        var spans = new SpanMapper(path);
        var before = diagnostics.ErrorCount;
        var comments = new List<CommentSyntax>();
        var parser = CreateParser(text, spans, diagnostics, out var listener, comments);
        if (Guarded(parser, listener, p => p.compilationUnit(), spans, diagnostics) is not { } tree)
        {
            return new RulesetFileSyntax(path, null, [], [], null, SourceSpan.None(path), null, [], []);
        }

        try
        {
            return new AstBuilder(spans, diagnostics).BuildFile(tree) with { Comments = [.. comments], BlankLines = RulesetFileSyntax.FindBlankLines(text) };
        }
        catch (Exception e) when (diagnostics.ErrorCount > before && e is NullReferenceException or ArgumentException or InvalidOperationException)
        {
            // Error recovery can leave a rule of the tree with tokens missing; the syntax errors
            // already say what is wrong, so the file is read as empty rather than half built.
            return new RulesetFileSyntax(path, null, [], [], null, SourceSpan.None(path), null, [], []);
        }
    }

    /// <summary>Parses a rule expression embedded in another format (a YAML scalar).</summary>
    public static ExpressionSyntax? ParseExpression(string text, string path, int line, int column, DiagnosticBag diagnostics)
    {
        var spans = new SpanMapper(path, line, column);
        var before = diagnostics.ErrorCount;
        var parser = CreateParser(text, spans, diagnostics, out var listener);
        var tree = Guarded(parser, listener, p => p.standaloneExpression(), spans, diagnostics);
        if (diagnostics.ErrorCount > before || tree?.expr() is null)
        {
            return null;
        }

        return new AstBuilder(spans, diagnostics).BuildExpression(tree.expr());
    }

    /// <summary>Parses an outcome rule embedded in a YAML scalar ('every standard is met').</summary>
    public static OutcomeSyntax? ParseOutcome(string text, string path, int line, int column, DiagnosticBag diagnostics)
    {
        var spans = new SpanMapper(path, line, column);
        var before = diagnostics.ErrorCount;
        var parser = CreateParser(text, spans, diagnostics, out var listener);
        var tree = Guarded(parser, listener, p => p.standaloneOutcome(), spans, diagnostics);
        if (diagnostics.ErrorCount > before || tree?.outcome() is null)
        {
            return null;
        }

        return new AstBuilder(spans, diagnostics).BuildOutcome(tree.outcome());
    }

    /// <summary>The parse, or null with SPM1009 when the text nests deeper than the limit.</summary>
    private static T? Guarded<T>(SpmRulesParser parser, SyntaxErrorListener listener, Func<SpmRulesParser, T> rule, SpanMapper spans, DiagnosticBag diagnostics)
        where T : ParserRuleContext
    {
        parser.AddParseListener(new NestingGuard());
        try
        {
            var tree = ParseTwoStage(parser, listener, rule);
            return NestingGuard.FindTooDeep(tree) is { } deep ? throw new NestingLimitException(deep) : tree;
        }
        catch (NestingLimitException limit)
        {
            diagnostics.Add(DiagnosticCatalog.NestedTooDeep(spans.Map(limit.At.Line, limit.At.Column), Inputs.InputLimits.MaxNesting));
            return null;
        }
    }

    private static SpmRulesParser CreateParser(
        string text, SpanMapper spans, DiagnosticBag diagnostics, out SyntaxErrorListener listener, List<CommentSyntax>? comments = null)
    {
        var lexer = new SpmRulesLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = LexicalFilter.Tokens(lexer, spans, diagnostics, comments);
        var parser = new SpmRulesParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.RemoveErrorListeners();
        listener = new SyntaxErrorListener(spans, diagnostics);
        return parser;
    }

    /// <summary>
    /// SLL prediction is much faster and almost always enough; on failure the input is parsed
    /// again with full LL and the normal error recovery, which also reports every error.
    /// </summary>
    private static T ParseTwoStage<T>(SpmRulesParser parser, SyntaxErrorListener listener, Func<SpmRulesParser, T> rule)
        where T : ParserRuleContext
    {
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return rule(parser);
        }
        catch (ParseCanceledException)
        {
            ((CommonTokenStream)parser.TokenStream).Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new CascadeErrorStrategy();
            parser.AddErrorListener(listener);
            return rule(parser);
        }
    }
}
