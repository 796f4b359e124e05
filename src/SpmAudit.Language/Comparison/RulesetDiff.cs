using System.Collections.Immutable;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Comparison;

/// <summary>The structural differences between an old and a new edition of a ruleset, in <see cref="ChangeOrder"/>.</summary>
public sealed record RulesetDiff(RulesetInfo Old, RulesetInfo New, ImmutableArray<RulesetChange> Changes)
{
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>How many changes of each subject, in subject order, for a summary line.</summary>
    public IEnumerable<(ChangeSubject Subject, int Count)> CountsBySubject() =>
        Changes.GroupBy(c => c.Subject).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));
}
