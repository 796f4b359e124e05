using System.Collections.Immutable;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Testing;

/// <summary>
/// Collects coverage over the cases of one ruleset. Results audited through a profile or other
/// parameters count for the indicators they share with the ruleset, by id.
/// </summary>
internal sealed class CoverageRecorder(CompiledRuleset ruleset)
{
    private readonly Dictionary<string, SortedSet<string>> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, string Clause), (bool True, bool False)> _clauses = [];
    private int _cases;

    public void Record(AuditResult result)
    {
        _cases++;
        foreach (var indicator in result.Indicators)
        {
            if (!_statuses.TryGetValue(indicator.Node.Id, out var seen))
            {
                _statuses[indicator.Node.Id] = seen = new SortedSet<string>(StringComparer.Ordinal);
            }

            seen.Add(IndicatorStatuses.Name(indicator.Status));
            foreach (var clause in indicator.Trace?.Clauses ?? [])
            {
                if (clause.Value.AsBoolean is { } value)
                {
                    var key = (indicator.Node.Id, clause.Clause);
                    var (wasTrue, wasFalse) = _clauses.GetValueOrDefault(key);
                    _clauses[key] = (wasTrue || value, wasFalse || !value);
                }
            }
        }
    }

    public RulesetCoverage Coverage(string display) => new(
        display,
        ruleset.Ruleset.Info.Title,
        _cases,
        [.. ruleset.Ruleset.Indicators.Select(i => new IndicatorCoverage(
            i.Id,
            [.. _statuses.GetValueOrDefault(i.Id) ?? []],
            [.. ruleset.Shapes[i.IndicatorOrdinal].Clauses
                .Where(c => c.Expression.Type.Kind == TypeKind.Boolean)
                .Select(c => _clauses.GetValueOrDefault((i.Id, c.Clause)) is var (t, f) ? new ClauseCoverage(c.Clause, t, f) : null!)]))]);
}
