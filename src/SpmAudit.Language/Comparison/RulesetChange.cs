namespace SpmAudit.Language.Comparison;

/// <summary>
/// One difference between two editions of a ruleset: the subject and its id, how it changed, which
/// <see cref="Field"/> of it (a rule clause, 'default', 'min score'…; null when the whole subject was
/// added or removed) and the old and new values as text (null when absent on that side).
/// </summary>
public sealed record RulesetChange(ChangeSubject Subject, string Id, ChangeKind Kind, string? Field, string? Old, string? New)
{
    /// <summary>For a node or an indicator: its level in the hierarchy (of the new edition when it has one).</summary>
    public string? Level { get; init; }

    /// <summary>For a node or an indicator added or removed: the node it sits (or sat) under; null at the top.</summary>
    public string? Parent { get; init; }
}
