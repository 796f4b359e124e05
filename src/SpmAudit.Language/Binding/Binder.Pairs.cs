using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// 'pair client_id by round from 1 to 2': the key and round columns must be the metric's table's,
/// the two rounds distinct values of the round column's type, and a joined table reached through
/// the key, so that both rows of a pair see the same joined row.
/// </summary>
internal sealed partial class Binder
{
    private MetricPairing? BindPairing(MetricSyntax metric, PairSyntax pair, DataTable from, ImmutableArray<DataTable> joins)
    {
        var valid = true;
        TableColumnRef? Column(string name)
        {
            if (from.Find(name) is { } column)
            {
                return new TableColumnRef(from, column);
            }

            _diagnostics.Add(DiagnosticCatalog.UnknownColumn(pair.Span, name, $"'{from.Name}'", Suggestions.Closest(name, from.Columns.Select(c => c.Name))));
            valid = false;
            return null;
        }

        var key = pair.Key.Select(Column).OfType<TableColumnRef>().ToImmutableArray();
        var round = Column(pair.Round);
        if (pair.Key.Contains(pair.Round))
        {
            _diagnostics.Add(DiagnosticCatalog.PairInvalid(pair.Span, metric.Key, $"'{pair.Round}' is both the key and the round column"));
            valid = false;
        }

        foreach (var joined in joins)
        {
            var through = from.Columns.First(c => c.References == joined.Name);
            if (!pair.Key.Contains(through.Name))
            {
                _diagnostics.Add(DiagnosticCatalog.PairInvalid(pair.Span, metric.Key, $"'join {joined.Name}' goes through column '{through.Name}', which is not the pair's key, so the two rows could join different rows"));
                valid = false;
            }
        }

        if (round is null || !valid)
        {
            return null;
        }

        var binder = new TableExpressionBinder([from], _parameters, _scorecards, _diagnostics);
        TableConstant? Round(ExpressionSyntax syntax)
        {
            var bound = binder.BindRound(syntax, round.Column.Type);
            if (bound is TableConstant constant && !constant.Type.IsError && constant.Type.IsComparableWith(round.Column.Type))
            {
                return constant;
            }

            if (!bound.Type.IsError)
            {
                _diagnostics.Add(DiagnosticCatalog.PairInvalid(syntax.Span, metric.Key, $"a round is a literal or a parameter of the type of '{round.Column.Name}' ({ExpressionBinder.Describe(round.Column.Type)})"));
            }

            return null;
        }

        var earlier = Round(pair.Earlier);
        var later = Round(pair.Later);
        if (earlier is null || later is null)
        {
            return null;
        }

        if (Equals(earlier.Value, later.Value))
        {
            _diagnostics.Add(DiagnosticCatalog.PairInvalid(pair.Later.Span, metric.Key, "its two rounds are the same"));
            return null;
        }

        return new MetricPairing(key, round, earlier, later);
    }
}
