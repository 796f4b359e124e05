using System.Collections.Immutable;

namespace SpmAudit.Language.Comparison;

/// <summary>Collects the changes of one comparison; a value is recorded only when the two sides differ.</summary>
internal sealed class ChangeList
{
    private readonly List<RulesetChange> _changes = [];

    public void Add(RulesetChange change) => _changes.Add(change);

    /// <summary>A <see cref="ChangeKind.Changed"/> (or other <paramref name="kind"/>) change when the texts differ.</summary>
    public void IfDifferent(ChangeSubject subject, string id, string? field, string? old, string? @new, ChangeKind kind = ChangeKind.Changed, string? level = null)
    {
        if (!string.Equals(old, @new, StringComparison.Ordinal))
        {
            _changes.Add(new RulesetChange(subject, id, kind, field, old, @new) { Level = level });
        }
    }

    public ImmutableArray<RulesetChange> Sorted() => [.. _changes.Order(ChangeOrder.Instance)];

    /// <summary>Pairs the items of two editions by key and reports each one present on one side only.</summary>
    public static void Match<T>(IEnumerable<T> old, IEnumerable<T> @new, Func<T, string> key, Action<T> removed, Action<T> added, Action<T, T> both)
    {
        var before = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in old)
        {
            before.TryAdd(key(item), item);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in @new)
        {
            var id = key(item);
            if (!seen.Add(id))
            {
                continue;
            }

            if (before.TryGetValue(id, out var previous))
            {
                both(previous, item);
            }
            else
            {
                added(item);
            }
        }

        foreach (var (id, item) in before)
        {
            if (!seen.Contains(id))
            {
                removed(item);
            }
        }
    }
}
