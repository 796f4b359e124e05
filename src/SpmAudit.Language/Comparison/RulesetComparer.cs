using SpmAudit.Language.Model;

namespace SpmAudit.Language.Comparison;

/// <summary>
/// Compares two compiled editions of a ruleset on the model both front ends produce, never on
/// text: a DSL edition and a YAML one, or a reformatted file, compare as equal. Nodes, parameters,
/// evidence items, grades and certifications are matched by id (or name); rules are compared as
/// the printer writes them, so only a change of meaning shows. Data tables and metrics are not
/// compared.
/// </summary>
public static partial class RulesetComparer
{
    public static RulesetDiff Compare(Ruleset old, Ruleset @new)
    {
        var changes = new ChangeList();
        CompareHeader(old, @new, changes);
        CompareNodes(old, @new, changes);
        CompareParameters(old, @new, changes);
        CompareEvidence(old, @new, changes);
        CompareScoring(old, @new, changes);
        CompareGrades(old.Grades, @new.Grades, changes);
        CompareCertifications(old, @new, changes);
        return new RulesetDiff(old.Info, @new.Info, changes.Sorted());
    }

    private static void CompareHeader(Ruleset old, Ruleset @new, ChangeList changes)
    {
        var id = @new.Info.Id;
        changes.IfDifferent(ChangeSubject.Ruleset, id, "id", old.Info.Id, @new.Info.Id);
        changes.IfDifferent(ChangeSubject.Ruleset, id, "version", old.Info.Version, @new.Info.Version);
        changes.IfDifferent(ChangeSubject.Ruleset, id, "title", old.Info.Title, @new.Info.Title, ChangeKind.Reworded);
        changes.IfDifferent(ChangeSubject.Ruleset, id, "follows", old.Info.Follows, @new.Info.Follows, ChangeKind.Reworded);
        changes.IfDifferent(ChangeSubject.Ruleset, id, "valid from", ValueText.Date(old.Info.ValidFrom), ValueText.Date(@new.Info.ValidFrom));
        changes.IfDifferent(ChangeSubject.Ruleset, id, "valid to", ValueText.Date(old.Info.ValidTo), ValueText.Date(@new.Info.ValidTo));
        changes.IfDifferent(ChangeSubject.Ruleset, id, "levels", string.Join(" > ", old.Levels), string.Join(" > ", @new.Levels));
        changes.IfDifferent(ChangeSubject.Ruleset, id, "minimum coverage", ValueText.Percent(old.Grades.MinimumCoverage), ValueText.Percent(@new.Grades.MinimumCoverage));
    }

    private static void CompareParameters(Ruleset old, Ruleset @new, ChangeList changes) =>
        ChangeList.Match(
            old.Parameters,
            @new.Parameters,
            p => p.Name,
            p => changes.Add(new RulesetChange(ChangeSubject.Parameter, p.Name, ChangeKind.Removed, null, ValueText.Constant(p.Type, p.Value), null)),
            p => changes.Add(new RulesetChange(ChangeSubject.Parameter, p.Name, ChangeKind.Added, null, null, ValueText.Constant(p.Type, p.Value))),
            (a, b) =>
            {
                changes.IfDifferent(ChangeSubject.Parameter, b.Name, "type", a.Type.ToString(), b.Type.ToString());
                changes.IfDifferent(ChangeSubject.Parameter, b.Name, "default", ValueText.Constant(a.Type, a.Value), ValueText.Constant(b.Type, b.Value));
                changes.IfDifferent(ChangeSubject.Parameter, b.Name, "description", a.Description, b.Description, ChangeKind.Reworded);
            });

    private static void CompareEvidence(Ruleset old, Ruleset @new, ChangeList changes) =>
        ChangeList.Match(
            old.Evidence,
            @new.Evidence,
            e => e.Key,
            e => changes.Add(new RulesetChange(ChangeSubject.Evidence, e.Key, ChangeKind.Removed, null, e.Type.ToString(), null)),
            e => changes.Add(new RulesetChange(ChangeSubject.Evidence, e.Key, ChangeKind.Added, null, null, e.Type.ToString())),
            (a, b) =>
            {
                changes.IfDifferent(ChangeSubject.Evidence, b.Key, "type", a.Type.ToString(), b.Type.ToString());
                changes.IfDifferent(ChangeSubject.Evidence, b.Key, "question", a.Question, b.Question, ChangeKind.Reworded);
                changes.IfDifferent(ChangeSubject.Evidence, b.Key, "unit", a.Unit, b.Unit);
                changes.IfDifferent(ChangeSubject.Evidence, b.Key, "range", a.DescribeRange(), b.DescribeRange());
                changes.IfDifferent(ChangeSubject.Evidence, b.Key, "required", Required(a.Required), Required(b.Required));
                changes.IfDifferent(ChangeSubject.Evidence, b.Key, "valid for months", a.ValidForMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture), b.ValidForMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });

    private static void CompareScoring(Ruleset old, Ruleset @new, ChangeList changes)
    {
        changes.IfDifferent(ChangeSubject.Scale, "met", "points", ValueText.Number(old.Scale.Met), ValueText.Number(@new.Scale.Met));
        changes.IfDifferent(ChangeSubject.Scale, "partial", "points", ValueText.Number(old.Scale.Partial), ValueText.Number(@new.Scale.Partial));
        changes.IfDifferent(ChangeSubject.Scale, "not_met", "points", ValueText.Number(old.Scale.NotMet), ValueText.Number(@new.Scale.NotMet));
        changes.IfDifferent(ChangeSubject.Scoring, "missing evidence", "policy", ValueText.Snake(old.Scoring.Missing), ValueText.Snake(@new.Scoring.Missing));
        changes.IfDifferent(ChangeSubject.Scoring, "default", "model", ValueText.Snake(old.Scoring.Default), ValueText.Snake(@new.Scoring.Default));
        foreach (var level in old.Scoring.ByLevel.Keys.Union(@new.Scoring.ByLevel.Keys))
        {
            changes.IfDifferent(ChangeSubject.Scoring, level, "model", ValueText.Snake(old.Scoring.ModelFor(level)), ValueText.Snake(@new.Scoring.ModelFor(level)));
        }
    }

    private static string Required(Requirement? required) => required is null ? "no" : $"for {required}";
}
