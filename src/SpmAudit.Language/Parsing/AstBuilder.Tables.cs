using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;
using static SpmAudit.Language.Parsing.Generated.SpmRulesParser;

namespace SpmAudit.Language.Parsing;

/// <summary>Tables, metrics and scorecards: the declarations that compute evidence from an institution's own records.</summary>
internal sealed partial class AstBuilder
{
    private TableSyntax? BuildTable(TableDeclContext table)
    {
        if (table.IDENT() is not { } name || table.title is null)
        {
            return null;
        }

        var columns = ImmutableArray.CreateBuilder<ColumnSyntax>();
        var key = ImmutableArray<string>.Empty;
        var checks = ImmutableArray.CreateBuilder<TableCheckSyntax>();
        MissingThresholdSyntax? missing = null;
        foreach (var member in table.tableMember())
        {
            switch (member)
            {
                case ColumnMemberContext column when column.IDENT() is { } columnName && column.typeRef() is { } type:
                    columns.Add(BuildColumn(column, columnName.GetText(), BuildType(type)));
                    break;
                case KeyMemberContext keyMember:
                    key = [.. keyMember.IDENT().Select(i => i.GetText())];
                    break;
                case CheckMemberContext check when Word(check.IDENT(), "check", "a column, 'key', 'check' or 'missing'") && check.expr() is { } condition && check.STRING() is { } message:
                    checks.Add(new TableCheckSyntax(Span(check.Start), BuildExpression(condition), Unquote(message.Symbol)));
                    break;
                case ThresholdMemberContext threshold:
                    missing = Threshold(threshold.IDENT(0), threshold.PERCENT(), threshold.IDENT(1), threshold.Start) ?? missing;
                    break;
            }
        }

        return new TableSyntax(Span(table.Start), name.GetText(), Unquote(table.title), columns.ToImmutable(), key, checks.ToImmutable(), missing);
    }

    private ColumnSyntax BuildColumn(ColumnMemberContext column, string name, TypeSyntax type)
    {
        decimal? min = null, max = null;
        string? references = null;
        MissingThresholdSyntax? missing = null;
        foreach (var clause in column.columnClause())
        {
            switch (clause)
            {
                case ReferencesClauseContext r when r.IDENT() is { } target:
                    references = target.GetText();
                    break;
                case ColumnRangeClauseContext r:
                    min = r.lower is null ? null : SignedNumber(r.lower);
                    max = r.upper is null ? null : SignedNumber(r.upper);
                    break;
                case ColumnThresholdClauseContext t:
                    missing = Threshold(t.IDENT(0), t.PERCENT(), t.IDENT(1), t.Start) ?? missing;
                    break;
            }
        }

        return new ColumnSyntax(Span(column.Start), name, type, min, max, references, missing);
    }

    private MissingThresholdSyntax? Threshold(Antlr4.Runtime.Tree.ITerminalNode? word, Antlr4.Runtime.Tree.ITerminalNode? share, Antlr4.Runtime.Tree.ITerminalNode? severity, Antlr4.Runtime.IToken start) =>
        Word(word, "missing", "'missing <= <share> warning|error'") && share is not null && severity is not null
            ? new MissingThresholdSyntax(Span(start), Percent(share), severity.GetText())
            : null;

    /// <summary>A member introduced by a plain word ('check', 'missing', 'value', 'lines', 'question'): any other word is a syntax error.</summary>
    private bool Word(Antlr4.Runtime.Tree.ITerminalNode? word, string expected, string what)
    {
        if (word is null)
        {
            return false;
        }

        if (word.GetText() == expected)
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.SyntaxError(Span(word), $"'{word.GetText()}'", what));
        return false;
    }

    private MetricSyntax? BuildMetric(MetricDeclContext metric)
    {
        if (metric.qualifiedName() is not { } key || metric.title is null)
        {
            return null;
        }

        string? from = null;
        var joins = ImmutableArray.CreateBuilder<string>();
        ExpressionSyntax? where = null, value = null;
        var by = ImmutableArray<string>.Empty;
        PairSyntax? pair = null;
        foreach (var member in metric.metricMember())
        {
            switch (member)
            {
                case FromMemberContext f when f.IDENT() is { } table:
                    from = table.GetText();
                    break;
                case JoinMemberContext j when j.IDENT() is { } table:
                    joins.Add(table.GetText());
                    break;
                case WhereMemberContext w when w.expr() is { } condition:
                    where = BuildExpression(condition);
                    break;
                case ByMemberContext b:
                    by = [.. b.IDENT().Select(i => i.GetText())];
                    break;
                case ValueMemberContext v when Word(v.IDENT(), "value", "'from', 'join', 'where', 'by', 'pair' or 'value'") && v.expr() is { } expression:
                    value = BuildExpression(expression);
                    break;
                case PairMemberContext p when Word(p.IDENT(0), "pair", "'pair <key> by <round column> from <round> to <round>'") && p.expr().Length == 2:
                    var names = p.IDENT().Select(i => i.GetText()).ToList();
                    pair = new PairSyntax(Span(p.Start), [.. names.Skip(1).SkipLast(1)], names[^1], BuildExpression(p.expr(0)), BuildExpression(p.expr(1)));
                    break;
            }
        }

        return new MetricSyntax(Span(metric.Start), key.GetText(), Unquote(metric.title), from, joins.ToImmutable(), where, by, value) { Pair = pair };
    }

    private ScorecardSyntax? BuildScorecard(ScorecardDeclContext card)
    {
        if (card.IDENT() is not { } name || card.title is null)
        {
            return null;
        }

        var lines = ImmutableArray<string>.Empty;
        var questions = ImmutableArray.CreateBuilder<ScorecardQuestionSyntax>();
        var likelihoods = ImmutableArray.CreateBuilder<LikelihoodTableSyntax>();
        const string members = "'lines', 'question' or 'likelihood'";
        foreach (var member in card.scorecardMember())
        {
            switch (member)
            {
                case LinesMemberContext l when Word(l.IDENT(0), "lines", members):
                    lines = [.. l.IDENT().Skip(1).Select(i => i.GetText())];
                    break;
                case QuestionMemberContext q when q.IDENT() is { } column && q.title is not null:
                    questions.Add(new ScorecardQuestionSyntax(Span(q.Start), column.GetText(), Unquote(q.title), [.. q.answerEntry().Select(BuildAnswer).OfType<ScorecardAnswerSyntax>()]));
                    break;
                case LikelihoodMemberContext l when l.IDENT() is { } line:
                    likelihoods.Add(new LikelihoodTableSyntax(Span(l.Start), line.GetText(), [.. l.likelihoodEntry()
                        .Where(e => e.low is not null && e.high is not null && (e.PERCENT() ?? e.NUMBER(2)) is not null)
                        .Select(e => new LikelihoodBandSyntax(Span(e.Start), (int)Number(e.NUMBER(0)), (int)Number(e.NUMBER(1)), e.PERCENT() is { } p ? Percent(p) : Number(e.NUMBER(2))))]));
                    break;
            }
        }

        return new ScorecardSyntax(Span(card.Start), name.GetText(), Unquote(card.title), lines, questions.ToImmutable(), likelihoods.ToImmutable());
    }

    private ScorecardAnswerSyntax? BuildAnswer(AnswerEntryContext answer)
    {
        if (answer.STRING() is not { } text)
        {
            return null;
        }

        var idents = answer.IDENT();
        if (idents.Length == 0)
        {
            return new ScorecardAnswerSyntax(Span(answer.Start), Unquote(text.Symbol), answer.NUMBER(0) is { } points ? Number(points) : 0, []);
        }

        var numbers = answer.NUMBER();
        return new ScorecardAnswerSyntax(Span(answer.Start), Unquote(text.Symbol), null, [.. idents.Zip(numbers).Select(p => KeyValuePair.Create(p.First.GetText(), Number(p.Second)))]);
    }
}
