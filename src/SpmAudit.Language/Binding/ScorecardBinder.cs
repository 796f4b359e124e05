using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Checks a poverty scorecard: declared lines, whole points, a likelihood table per line whose bands
/// do not overlap and cover every score from 0 to the card's maximum (SPM3711), likelihoods from 0 to 100%.
/// </summary>
internal static class ScorecardBinder
{
    public static Scorecard? Bind(ScorecardSyntax card, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        if (card.Lines.IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidScorecard(card.Span, card.Name, "it names no poverty line ('lines (national, extreme)')"));
        }

        var questions = ImmutableArray.CreateBuilder<ScorecardQuestion>();
        foreach (var question in card.Questions)
        {
            if (question.Answers.IsEmpty)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidScorecard(question.Span, card.Name, $"question '{question.Column}' has no answers"));
                continue;
            }

            if (question.Answers.GroupBy(a => a.Answer).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidScorecard(twice.Skip(1).First().Span, card.Name, $"answer \"{twice.Key}\" of question '{question.Column}' is listed twice"));
            }

            questions.Add(new ScorecardQuestion(question.Column, question.Text, [.. question.Answers.Select(a => BindAnswer(card, a, diagnostics))], question.Span));
        }

        var tables = ImmutableDictionary.CreateBuilder<string, ImmutableArray<LikelihoodBand>>(StringComparer.Ordinal);
        foreach (var table in card.Likelihoods)
        {
            if (!card.Lines.Contains(table.Line))
            {
                diagnostics.Add(DiagnosticCatalog.InvalidScorecard(table.Span, card.Name, $"'{table.Line}' is not one of its lines ({string.Join(", ", card.Lines)})"));
                continue;
            }

            tables[table.Line] = [.. table.Bands.OrderBy(b => b.Low).Select(b => new LikelihoodBand(b.Low, b.High, (double)b.Likelihood))];
            CheckBands(card, table, diagnostics);
        }

        var bound = new Scorecard(card.Name, card.Title, card.Lines, questions.ToImmutable(), tables.ToImmutable(), card.Span);
        foreach (var line in card.Lines)
        {
            if (!bound.Likelihoods.TryGetValue(line, out var bands))
            {
                diagnostics.Add(DiagnosticCatalog.InvalidScorecard(card.Span, card.Name, $"line '{line}' has no likelihood table"));
                continue;
            }

            var covered = bands.IsEmpty ? -1 : bands.Max(b => b.High);
            if (bound.Questions.Length > 0 && bound.MaximumScore(line) > covered)
            {
                diagnostics.Add(DiagnosticCatalog.ScorecardExceedsTable(card.Likelihoods.First(l => l.Line == line).Span, card.Name, line, bound.MaximumScore(line), covered));
            }
        }

        return diagnostics.ErrorCount > before ? null : bound;
    }

    private static ScorecardAnswer BindAnswer(ScorecardSyntax card, ScorecardAnswerSyntax answer, DiagnosticBag diagnostics)
    {
        foreach (var (line, _) in answer.PointsByLine.Where(p => !card.Lines.Contains(p.Key)))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidScorecard(answer.Span, card.Name, $"answer \"{answer.Answer}\" gives points for '{line}', which is not one of its lines"));
        }

        var all = answer.PointsByLine.Select(p => p.Value).Append(answer.Points ?? 0);
        if (all.Any(p => p < 0 || p != decimal.Truncate(p)))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidScorecard(answer.Span, card.Name, $"answer \"{answer.Answer}\" has points that are not a whole number of 0 or more"));
        }

        var byLine = answer.PointsByLine.ToImmutableDictionary(p => p.Key, p => (int)p.Value, StringComparer.Ordinal);
        // Points per line leave no shared figure: a line the answer does not name scores 0, which SPM3710 above reports when it matters.
        return new ScorecardAnswer(answer.Answer, (int)(answer.Points ?? 0), byLine);
    }

    /// <summary>Bands in order from 0, without gaps or overlaps, each likelihood a share.</summary>
    private static void CheckBands(ScorecardSyntax card, LikelihoodTableSyntax table, DiagnosticBag diagnostics)
    {
        var next = 0;
        foreach (var band in table.Bands.OrderBy(b => b.Low))
        {
            if (band.Low != next || band.High < band.Low)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidScorecard(band.Span, card.Name, $"the bands of '{table.Line}' must run from 0 upwards without gaps or overlaps; {band.Low}..{band.High} follows {next - 1}"));
                return;
            }

            if (band.Likelihood is < 0 or > 1)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidScorecard(band.Span, card.Name, $"a likelihood is a share from 0% to 100%, not {band.Likelihood * 100}%"));
            }

            next = band.High + 1;
        }
    }
}
