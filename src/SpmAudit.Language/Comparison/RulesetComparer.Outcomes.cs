using SpmAudit.Language.Model;

namespace SpmAudit.Language.Comparison;

/// <summary>Grade bands, caps and certifications: what a certifier reads off a result.</summary>
public static partial class RulesetComparer
{
    private static void CompareGrades(GradeScale old, GradeScale @new, ChangeList changes)
    {
        ChangeList.Match(
            old.Bands,
            @new.Bands,
            b => b.Grade,
            b => changes.Add(new RulesetChange(ChangeSubject.Grade, b.Grade, ChangeKind.Removed, null, ValueText.Number(b.MinScore), null)),
            b => changes.Add(new RulesetChange(ChangeSubject.Grade, b.Grade, ChangeKind.Added, null, null, ValueText.Number(b.MinScore))),
            (a, b) => changes.IfDifferent(ChangeSubject.Grade, b.Grade, "min score", ValueText.Number(a.MinScore), ValueText.Number(b.MinScore)));

        // The same grades in another order (bands added or removed already say so themselves).
        if (old.Bands.Select(b => b.Grade).Order(StringComparer.Ordinal).SequenceEqual(@new.Bands.Select(b => b.Grade).Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            changes.IfDifferent(ChangeSubject.Grade, "(bands)", "order", string.Join(" > ", old.Bands.Select(b => b.Grade)), string.Join(" > ", @new.Bands.Select(b => b.Grade)));
        }

        // A cap is known by what triggers it; the grade it limits to is its value.
        ChangeList.Match(
            CapsByTrigger(old),
            CapsByTrigger(@new),
            c => c.Trigger,
            c => changes.Add(new RulesetChange(ChangeSubject.Cap, c.Trigger, ChangeKind.Removed, null, c.Grades, null)),
            c => changes.Add(new RulesetChange(ChangeSubject.Cap, c.Trigger, ChangeKind.Added, null, null, c.Grades)),
            (a, b) => changes.IfDifferent(ChangeSubject.Cap, b.Trigger, "grade", a.Grades, b.Grades));
    }

    private static IEnumerable<(string Trigger, string Grades)> CapsByTrigger(GradeScale scale) =>
        scale.Caps.GroupBy(c => c.Trigger)
            .Select(g => (g.Key, string.Join(", ", g.Select(c => c.Grade))));

    private static void CompareCertifications(Ruleset old, Ruleset @new, ChangeList changes) =>
        ChangeList.Match(
            old.Certifications,
            @new.Certifications,
            c => c.Id,
            c => changes.Add(new RulesetChange(ChangeSubject.Certification, c.Id, ChangeKind.Removed, null, c.Title, null)),
            c => changes.Add(new RulesetChange(ChangeSubject.Certification, c.Id, ChangeKind.Added, null, null, c.Title)),
            (a, b) =>
            {
                var id = b.Id;
                changes.IfDifferent(ChangeSubject.Certification, id, "title", a.Title, b.Title, ChangeKind.Reworded);
                changes.IfDifferent(ChangeSubject.Certification, id, "valid years", Years(a.ValidYears), Years(b.ValidYears));
                changes.IfDifferent(ChangeSubject.Certification, id, "requires", Assessments(a), Assessments(b));
                changes.IfDifferent(ChangeSubject.Certification, id, "pass", a.Pass?.Text, b.Pass?.Text, ChangeKind.Rule);
                var tiers = a.Tiers.ToDictionary(t => t.Name, t => t.Condition.Text, StringComparer.Ordinal);
                foreach (var tier in b.Tiers)
                {
                    changes.IfDifferent(ChangeSubject.Certification, id, $"tier {tier.Name}", tiers.GetValueOrDefault(tier.Name), tier.Condition.Text, ChangeKind.Rule);
                }

                foreach (var tier in a.Tiers.Where(t => !b.Tiers.Any(n => n.Name == t.Name)))
                {
                    changes.IfDifferent(ChangeSubject.Certification, id, $"tier {tier.Name}", tier.Condition.Text, null, ChangeKind.Rule);
                }
            });

    private static string Years(int? years) => years is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";

    private static string Assessments(Certification certification) =>
        certification.RequiredAssessments.IsEmpty ? "any assessment" : string.Join(", ", certification.RequiredAssessments);
}
