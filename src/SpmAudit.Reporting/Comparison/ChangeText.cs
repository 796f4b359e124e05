using System.Globalization;
using SpmAudit.Engine.Comparison;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Comparison;
using SpmAudit.Language.Model;

namespace SpmAudit.Reporting.Comparison;

/// <summary>The words of a diff, shared by its text and Markdown forms and its JSON names.</summary>
public static class ChangeText
{
    /// <summary>'indicator', 'certification'…: the JSON name of a subject.</summary>
    public static string Subject(ChangeSubject subject) => subject.ToString().ToLowerInvariant();

    /// <summary>'added', 'reworded'…: the JSON name of a kind of change.</summary>
    public static string Kind(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>'standard CP2', 'indicator CP2.1', 'parameter cp_max_par30', 'cap critical not_met'.</summary>
    public static string Label(RulesetChange change) =>
        $"{(change.Subject is ChangeSubject.Node or ChangeSubject.Indicator ? change.Level ?? Subject(change.Subject) : Subject(change.Subject))} {change.Id}";

    /// <summary>What changed, on one line: '"Title" under CP2', 'CP4 → CP5', 'default: 80% → 90%'.</summary>
    public static string Detail(RulesetChange change) => change.Kind switch
    {
        ChangeKind.Added when change.Subject is ChangeSubject.Node or ChangeSubject.Indicator => $"{Quote(change.New)} {Under(change.Parent)}",
        ChangeKind.Removed when change.Subject is ChangeSubject.Node or ChangeSubject.Indicator => $"{Quote(change.Old)} (was {Under(change.Parent)})",
        ChangeKind.Added when change.Subject is ChangeSubject.Certification => Quote(change.New),
        ChangeKind.Removed when change.Subject is ChangeSubject.Certification => Quote(change.Old),
        ChangeKind.Added => change.New ?? "",
        ChangeKind.Removed => change.Old ?? "",
        ChangeKind.Moved => $"{Parent(change.Old)} → {Parent(change.New)}",
        ChangeKind.Weight or ChangeKind.Critical => $"{change.Old} → {change.New}",
        _ => $"{change.Field}: {Value(change.Old)} → {Value(change.New)}",
    };

    /// <summary>The field column of a table: the field, or where an added or removed node sits.</summary>
    public static string Field(RulesetChange change) => change.Kind switch
    {
        ChangeKind.Added or ChangeKind.Removed when change.Subject is ChangeSubject.Node or ChangeSubject.Indicator => Under(change.Parent),
        _ => change.Field ?? "",
    };

    /// <summary>Re-wordings and rule clauses are long: the text form shows them as '- old' and '+ new' lines.</summary>
    public static bool IsLong(RulesetChange change) => change.Kind is ChangeKind.Reworded or ChangeKind.Rule;

    public static string Value(string? value) => value ?? "(none)";

    public static string Number(double? value) =>
        value is { } v ? Document.ResultDocument.Round(v).ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public static string Signed(double? value) => value switch
    {
        null => "—",
        > 0 when Document.ResultDocument.Round(value.Value) > 0 => "+" + Number(value),
        _ => Number(value),
    };

    public static string Status(IndicatorStatus? status) => status is { } s ? IndicatorStatuses.Name(s) : "absent";

    /// <summary>'CP6.1 not_met → met +3.57'.</summary>
    public static string Shift(IndicatorShift shift) => $"{shift.Id} {Status(shift.Before)} → {Status(shift.After)} {Signed(shift.Change)}";

    public static string Grade(AuditResult? result, bool failed) => failed ? "not audited" : PackRescore.GradeOf(result) ?? "no grade";

    public static string Score(AuditResult? result, bool failed) => failed ? "not audited" : Number(result?.Score);

    private static string Quote(string? text) => text is null ? "" : $"\"{text}\"";

    private static string Under(string? parent) => parent is null ? "at the top level" : $"under {parent}";

    private static string Parent(string? parent) => parent ?? "(top level)";
}
