using System.Collections.Immutable;
using System.Globalization;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;
using static SpmAudit.Language.Parsing.Generated.SpmRulesParser;

namespace SpmAudit.Language.Parsing;

/// <summary>
/// Maps ANTLR parse trees to immutable syntax records. Tolerates the holes that error recovery
/// leaves (missing children are skipped), so every syntax error of a file is still reported.
/// </summary>
internal sealed partial class AstBuilder(SpanMapper spans, DiagnosticBag diagnostics)
{
    public RulesetFileSyntax BuildFile(CompilationUnitContext unit)
    {
        var imports = ImmutableArray.CreateBuilder<ImportSyntax>();
        var parameters = ImmutableArray.CreateBuilder<ParameterSyntax>();
        var evidence = ImmutableArray.CreateBuilder<EvidenceItemSyntax>();
        var nodes = ImmutableArray.CreateBuilder<NodeSyntax>();
        ImmutableArray<ScaleEntrySyntax>? scale = null;
        var scaleSpan = SourceSpan.None(spans.Path);
        GradesSyntax? grades = null;
        var scoring = ImmutableArray.CreateBuilder<ScoringEntrySyntax>();
        var scoringSpan = SourceSpan.None(spans.Path);
        var certifications = ImmutableArray.CreateBuilder<CertificationSyntax>();
        var translations = ImmutableArray.CreateBuilder<TranslationSyntax>();
        var extensions = ImmutableArray.CreateBuilder<ExtensionSyntax>();
        var tables = ImmutableArray.CreateBuilder<TableSyntax>();
        var metrics = ImmutableArray.CreateBuilder<MetricSyntax>();
        var scorecards = ImmutableArray.CreateBuilder<ScorecardSyntax>();
        var functions = ImmutableArray.CreateBuilder<FunctionSyntax>();

        foreach (var declaration in unit.declaration())
        {
            switch (declaration)
            {
                case ImportDeclContext import when import.STRING() is { } path:
                    imports.Add(new ImportSyntax(Span(import.Start), Unquote(path.Symbol)));
                    break;
                case ParameterDeclContext parameter when parameter.IDENT() is { } name && parameter.typeRef() is { } type && parameter.expr() is { } value:
                    parameters.Add(new ParameterSyntax(
                        Span(parameter.Start), name.GetText(), BuildType(type), BuildExpression(value),
                        parameter.STRING() is { } description ? Unquote(description.Symbol) : null));
                    break;
                case ScaleDeclContext scaleDecl:
                    scaleSpan = Span(scaleDecl.Start);
                    scale = [.. scaleDecl.scaleEntry()
                        .Where(e => e.IDENT() is not null && e.number() is not null)
                        .Select(e => new ScaleEntrySyntax(Span(e.Start), e.IDENT().GetText(), Number(e.number().NUMBER())))];
                    break;
                case GradesDeclContext gradesDecl:
                    grades = BuildGrades(gradesDecl);
                    break;
                case EvidenceDeclContext evidenceDecl:
                    evidence.AddRange(evidenceDecl.evidenceItem().Select(BuildEvidenceItem).OfType<EvidenceItemSyntax>());
                    break;
                case ScoringDeclContext scoringDecl:
                    scoringSpan = Span(scoringDecl.Start);
                    scoring.AddRange(scoringDecl.scoringEntry()
                        .Where(e => e.IDENT().Length == 2)
                        .Select(e => new ScoringEntrySyntax(Span(e.Start), e.IDENT(0).GetText(), e.IDENT(1).GetText())));
                    break;
                case CertificationDeclContext certification when BuildCertification(certification) is { } built:
                    certifications.Add(built);
                    break;
                case TranslationDeclContext translation when translation.language is not null:
                    translations.Add(new TranslationSyntax(Span(translation.Start), translation.language.Text, [.. translation.translationEntry()
                        .Where(e => e.nodeId() is not null && e.title is not null)
                        .Select(e => new TranslationEntrySyntax(Span(e.Start), NodeId(e.nodeId()), Unquote(e.title), e.guidance is null ? null : Unquote(e.guidance)))]));
                    break;
                case ExtendDeclContext extend when extend.nodeId() is { } parent:
                    extensions.Add(new ExtensionSyntax(Span(extend.Start), NodeId(parent), [.. extend.node().Select(BuildNode).OfType<NodeSyntax>()]));
                    break;
                case TableDeclContext table when BuildTable(table) is { } built:
                    tables.Add(built);
                    break;
                case MetricDeclContext metric when BuildMetric(metric) is { } built:
                    metrics.Add(built);
                    break;
                case ScorecardDeclContext card when BuildScorecard(card) is { } built:
                    scorecards.Add(built);
                    break;
                case FunctionDeclContext function when BuildFunction(function) is { } built:
                    functions.Add(built);
                    break;
                case NodeDeclContext nodeDecl when BuildNode(nodeDecl.node()) is { } node:
                    nodes.Add(node);
                    break;
            }
        }

        return new RulesetFileSyntax(
            spans.Path, BuildHeader(unit.header()), imports.ToImmutable(), parameters.ToImmutable(),
            scale, scaleSpan, grades, evidence.ToImmutable(), nodes.ToImmutable())
        {
            Scoring = scoring.ToImmutable(),
            ScoringSpan = scoringSpan,
            Certifications = certifications.ToImmutable(),
            Translations = translations.ToImmutable(),
            Extensions = extensions.ToImmutable(),
            Tables = tables.ToImmutable(),
            Metrics = metrics.ToImmutable(),
            Scorecards = scorecards.ToImmutable(),
            Functions = functions.ToImmutable(),
        };
    }

    private HeaderSyntax? BuildHeader(HeaderContext? header)
    {
        if (header?.slug() is not { } slug || header.title is null)
        {
            return null;
        }

        string? version = null, follows = null;
        DateOnly? validFrom = null, validTo = null;
        var levels = ImmutableArray<string>.Empty;
        var levelsSpan = Span(header.Start);
        foreach (var clause in header.headerClause())
        {
            switch (clause)
            {
                case VersionClauseContext v when v.STRING() is { } s:
                    version = Unquote(s.Symbol);
                    break;
                case FollowsClauseContext f when f.STRING() is { } s:
                    follows = Unquote(s.Symbol);
                    break;
                case LevelsClauseContext l:
                    levels = [.. l.IDENT().Select(i => i.GetText())];
                    levelsSpan = Span(l.Start);
                    break;
                case ValidityClauseContext d:
                    var dates = d.DATE();
                    validFrom = dates.Length > 0 ? Date(dates[0].Symbol) : null;
                    validTo = dates.Length > 1 ? Date(dates[1].Symbol) : null;
                    break;
            }
        }

        return new HeaderSyntax(Span(header.Start), ValidId(Joined(slug.slugPart(), slug.Start), slug.Start), Unquote(header.title), version, follows, levels, levelsSpan, validFrom, validTo);
    }

    private GradesSyntax BuildGrades(GradesDeclContext grades)
    {
        var bands = ImmutableArray.CreateBuilder<GradeBandSyntax>();
        var caps = ImmutableArray.CreateBuilder<GradeCapSyntax>();
        decimal? minimum = null;
        SourceSpan minimumSpan = default;
        foreach (var entry in grades.gradeEntry())
        {
            switch (entry)
            {
                case GradeMinimumCoverageContext coverage when coverage.IDENT()?.GetText() != "minimum":
                    diagnostics.Add(DiagnosticCatalog.SyntaxError(Span(coverage.Start), $"'{coverage.IDENT()?.GetText()}'", "'minimum coverage' or a grade band"));
                    break;
                case GradeMinimumCoverageContext coverage when (coverage.PERCENT() ?? coverage.NUMBER()) is { } value:
                    // Through Percent and Number, which report a number too large for a decimal (SPM1xxx) instead of throwing.
                    minimum = coverage.PERCENT() is { } percent ? Percent(percent) : Number(value);
                    minimumSpan = Span(coverage.Start);
                    break;
                case GradeBandContext band when band.STRING() is { } grade && band.number() is { } min:
                    bands.Add(new GradeBandSyntax(Span(band.Start), Unquote(grade.Symbol), Number(min.NUMBER())));
                    break;
                case GradeCapContext cap when cap.STRING() is { } grade && cap.outcome() is { } condition:
                    caps.Add(new GradeCapSyntax(Span(cap.Start), Unquote(grade.Symbol), BuildOutcome(condition)));
                    break;
            }
        }

        return new GradesSyntax(Span(grades.Start), bands.ToImmutable(), caps.ToImmutable()) { MinimumCoverage = minimum, MinimumCoverageSpan = minimumSpan };
    }

    private EvidenceItemSyntax? BuildEvidenceItem(EvidenceItemContext item)
    {
        if (item.qualifiedName() is not { } name || item.typeRef() is not { } type)
        {
            return null;
        }

        string? question = null, unit = null;
        decimal? min = null, max = null;
        RequiredSyntax? required = null;
        FreshnessSyntax? validFor = null;
        var formerly = ImmutableArray.CreateBuilder<FormerKeySyntax>();
        foreach (var clause in item.itemClause())
        {
            switch (clause)
            {
                case QuestionClauseContext q when q.STRING() is { } s:
                    question = Unquote(s.Symbol);
                    break;
                case UnitClauseContext u when u.STRING() is { } s:
                    unit = Unquote(s.Symbol);
                    break;
                case RangeClauseContext r:
                    min = r.lower is null ? null : SignedNumber(r.lower);
                    max = r.upper is null ? null : SignedNumber(r.upper);
                    break;
                case RequiredClauseContext r when r.requirement() is { } requirement:
                    required = BuildRequirement(requirement);
                    break;
                case FreshnessClauseContext f when f.NUMBER() is { } amount && f.IDENT() is { } period:
                    validFor = new FreshnessSyntax(Span(f.Start), Number(amount), period.GetText());
                    break;
                case FormerlyClauseContext f when f.qualifiedName() is { } old:
                    formerly.Add(new FormerKeySyntax(Span(old.Start), old.GetText(), [.. f.formerChoice()
                        .Where(c => c.from is not null && c.to is not null)
                        .Select(c => new ChoiceRenameSyntax(Span(c.Start), c.from.Text, c.to.Text))]));
                    break;
            }
        }

        return new EvidenceItemSyntax(Span(item.Start), name.GetText(), BuildType(type), question, unit, min, max)
        {
            Required = required,
            ValidFor = validFor,
            Formerly = formerly.ToImmutable(),
        };
    }

    private RequiredSyntax BuildRequirement(RequirementContext requirement) =>
        new(Span(requirement.Start), AssessmentNames(requirement.assessmentName()));

    /// <summary>Hyphenated assessment names; error recovery can leave a name with no tokens, which is skipped.</summary>
    private ImmutableArray<string> AssessmentNames(AssessmentNameContext[] names) =>
        [.. names.Where(a => a.children is not null)
            .Select(a => Joined(a.children.OfType<Antlr4.Runtime.Tree.ITerminalNode>().Select(t => t.Symbol).ToList(), a.Start))];

    private TypeSyntax BuildType(TypeRefContext type) => type switch
    {
        ChoiceTypeContext choice => new TypeSyntax(
            Span(choice.Start), choice.IDENT(0).GetText(), [.. choice.IDENT().Skip(1).Select(i => i.GetText())], []),
        RecordListTypeContext list => new TypeSyntax(
            Span(list.Start), list.IDENT().GetText(), [],
            [.. list.fieldDecl().Where(f => f.IDENT() is not null && f.typeRef() is not null)
                .Select(f => new FieldSyntax(Span(f.Start), f.IDENT().GetText(), BuildType(f.typeRef())))]),
        _ => new TypeSyntax(Span(type.Start), type.GetText(), [], []),
    };

    private SourceSpan Span(IToken token) => spans.Map(token.Line, token.Column);

    private SourceSpan Span(ITerminalNode node) => Span(node.Symbol);

    private decimal Number(ITerminalNode? node)
    {
        // Error recovery conjures tokens ("<missing NUMBER>"); the syntax error already covers them.
        if (node is null || node.Symbol.TokenIndex < 0)
        {
            return 0;
        }

        if (!decimal.TryParse(node.GetText(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidNumber(Span(node), node.GetText()));
        }

        return value;
    }

    private decimal SignedNumber(SignedNumberContext context)
    {
        var magnitude = context.PERCENT() is { } percent ? Percent(percent) : Number(context.NUMBER());
        return context.MINUS() is null ? magnitude : -magnitude;
    }

    private decimal Percent(ITerminalNode node)
    {
        var text = node.GetText().TrimEnd('%');
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidNumber(Span(node), node.GetText()));
        }

        return value / 100m;
    }

    private DateOnly? Date(IToken token)
    {
        if (DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Add(DiagnosticCatalog.InvalidDate(Span(token), token.Text));
        return null;
    }

    private string Unquote(IToken token)
    {
        var text = token.Text;
        if (text.Length > Inputs.InputLimits.MaxTextLength)
        {
            diagnostics.Add(DiagnosticCatalog.TextTooLong(Span(token), Inputs.InputLimits.MaxTextLength));
            return "";
        }

        if (text.Length < 2)
        {
            return "";
        }

        var inner = text[1..^1];
        if (!inner.Contains('\\', StringComparison.Ordinal))
        {
            return inner;
        }

        var result = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 >= inner.Length)
            {
                result.Append(inner[i]);
                continue;
            }

            var next = inner[++i];
            switch (next)
            {
                case '"' or '\\':
                    result.Append(next);
                    break;
                case 'n':
                    result.Append('\n');
                    break;
                default:
                    var span = spans.Map(token.Line, token.Column + i);
                    diagnostics.Add(DiagnosticCatalog.InvalidEscape(span, "\\" + next));
                    break;
            }
        }

        return result.ToString();
    }
}
