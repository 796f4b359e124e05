using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Language.Syntax;
using static SpmAudit.Language.Parsing.Generated.SpmRulesParser;

namespace SpmAudit.Language.Parsing;

internal sealed partial class AstBuilder
{
    private CertificationSyntax? BuildCertification(CertificationDeclContext certification)
    {
        if (certification.slug() is not { } slug || certification.title is null)
        {
            return null;
        }

        int? years = certification.years is { } y && int.TryParse(y.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        OutcomeSyntax? pass = null;
        var tiers = ImmutableArray.CreateBuilder<TierSyntax>();
        RequiredSyntax? requires = null;
        foreach (var clause in certification.certificationClause())
        {
            switch (clause)
            {
                case PassClauseContext p when p.outcome() is { } o:
                    pass = BuildOutcome(o);
                    break;
                case TierClauseContext t when t.STRING() is { } name && t.outcome() is { } o:
                    tiers.Add(new TierSyntax(Span(t.Start), Unquote(name.Symbol), BuildOutcome(o)));
                    break;
                case RequiresClauseContext r when r.requires.Text == "requires":
                    requires = new RequiredSyntax(Span(r.Start), AssessmentNames(r.assessmentName()));
                    break;
                case RequiresClauseContext r:
                    diagnostics.Add(Diagnostics.DiagnosticCatalog.SyntaxError(Span(r.Start), $"'{r.requires.Text}'", "'pass', 'tier' or 'requires'"));
                    break;
            }
        }

        return new CertificationSyntax(Span(certification.Start), ValidId(Joined(slug.slugPart(), slug.Start), slug.Start), Unquote(certification.title), years, pass, tiers.ToImmutable())
        {
            Requires = requires,
        };
    }

    public OutcomeSyntax BuildOutcome(OutcomeContext outcome)
    {
        var span = Span(outcome.Start);
        return outcome switch
        {
            ParenOutcomeContext p => BuildOutcome(p.outcome()),
            NotOutcomeContext n => new OutcomeLogicSyntax(span, "not", [BuildOutcome(n.outcome())]),
            AndOutcomeContext a => new OutcomeLogicSyntax(span, "and", [BuildOutcome(a.outcome(0)), BuildOutcome(a.outcome(1))]),
            OrOutcomeContext o => new OutcomeLogicSyntax(span, "or", [BuildOutcome(o.outcome(0)), BuildOutcome(o.outcome(1))]),
            EveryOutcomeContext e => new EveryOutcomeSyntax(span, e.level.Text, e.nodeId() is { } scope ? NodeId(scope) : null, Status(e.statusWord())),
            CriticalOutcomeContext c => new CriticalOutcomeSyntax(span, c.nodeId() is { } scope ? NodeId(scope) : null, Status(c.statusWord())),
            SetOutcomeContext s => new SetOutcomeSyntax(span, s.quantifier.Text, [.. s.nodeId().Select(NodeId)], Status(s.statusWord())),
            ThresholdOutcomeContext t when t.measure is not null && t.op is not null && (t.PERCENT() ?? t.NUMBER()) is not null => Threshold(t),
            _ => new OutcomeLogicSyntax(span, "and", []),
        };
    }

    private ThresholdOutcomeSyntax Threshold(ThresholdOutcomeContext t)
    {
        var value = t.PERCENT() is { } percent ? Percent(percent) : Number(t.NUMBER());
        var text = (t.PERCENT() ?? t.NUMBER()).GetText();
        return new ThresholdOutcomeSyntax(Span(t.Start), t.measure.Text, t.nodeId() is { } id ? NodeId(id) : null, t.op.Text, value, text);
    }

    private static string Status(StatusWordContext? word) =>
        word?.IDENT() is { } name ? (word.NOT() is null ? "" : "not_") + name.GetText() : "";
}
