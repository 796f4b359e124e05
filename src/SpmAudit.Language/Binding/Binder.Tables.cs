using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Tables, scorecards and metrics. Tables first (metrics and references name them), scorecards next
/// (metrics call them), then metrics, each of which declares the evidence item its result fills, so
/// that indicators read a computed figure like any other evidence.
/// </summary>
internal sealed partial class Binder
{
    private readonly Dictionary<string, DataTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Scorecard> _scorecards = new(StringComparer.Ordinal);
    private readonly List<Metric> _metrics = [];

    private void DeclareTables()
    {
        var tables = _sources.SelectMany(s => s.Syntax.Tables).ToList();
        foreach (var table in tables)
        {
            if (_tables.TryGetValue(table.Name, out var existing))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateTableName(table.Span, "Table", table.Name, existing.Span));
                continue;
            }

            _tables[table.Name] = new DataTable(table.Name, table.Title, BindColumns(table), table.Key, [], BindThreshold(table.Missing), table.Span);
        }

        foreach (var table in _tables.Values.ToList())
        {
            CheckTableReferences(table);
        }

        foreach (var table in tables.Where(t => !t.Checks.IsEmpty && _tables.TryGetValue(t.Name, out var bound) && bound.Span == t.Span))
        {
            var bound = _tables[table.Name];
            var binder = new TableExpressionBinder([bound], _parameters, _scorecards, _diagnostics);
            _tables[table.Name] = bound with
            {
                Checks = [.. table.Checks.Select(c => new TableCheck(binder.BindCondition(c.Condition, "A table check"), c.Message, c.Span))],
            };
        }

        foreach (var card in _sources.SelectMany(s => s.Syntax.Scorecards))
        {
            if (_scorecards.TryGetValue(card.Name, out var existing))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateTableName(card.Span, "Scorecard", card.Name, existing.Span));
                continue;
            }

            if (ScorecardBinder.Bind(card, _diagnostics) is { } bound)
            {
                _scorecards[card.Name] = bound;
            }
        }

        foreach (var metric in _sources.SelectMany(s => s.Syntax.Metrics))
        {
            DeclareMetric(metric);
        }
    }

    private ImmutableArray<TableColumn> BindColumns(TableSyntax table)
    {
        var columns = new Dictionary<string, TableColumn>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            if (columns.TryGetValue(column.Name, out var existing))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateTableName(column.Span, "Column", column.Name, existing.Span));
                continue;
            }

            var type = TypeBinder.Bind(column.Type, _diagnostics);
            if (type.Kind == TypeKind.RecordList)
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidKeyColumn(column.Type.Span, table.Name, $"column '{column.Name}' holds one value per row; a list belongs in a table of its own"));
            }

            if (column.Min is { } min && column.Max is { } max && min > max)
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidRange(column.Span, column.Name));
            }

            columns[column.Name] = new TableColumn(column.Name, type, (double?)column.Min, (double?)column.Max, column.References, BindThreshold(column.Missing), column.Span);
        }

        foreach (var key in table.Key.Where(k => !columns.ContainsKey(k)))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownColumn(table.Span, key, $"'{table.Name}'", Suggestions.Closest(key, columns.Keys)));
        }

        return [.. columns.Values];
    }

    /// <summary>A column references another table's key: that table must exist and have a one-column key of a comparable type.</summary>
    private void CheckTableReferences(DataTable table)
    {
        foreach (var column in table.Columns.Where(c => c.References is not null))
        {
            if (!_tables.TryGetValue(column.References!, out var target))
            {
                _diagnostics.Add(DiagnosticCatalog.UnknownTable(column.Span, column.References!, Suggestions.Closest(column.References!, _tables.Keys)));
                continue;
            }

            if (target.Key.Length != 1 || target.Find(target.Key[0]) is not { } key || !key.Type.IsComparableWith(column.Type))
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidKeyColumn(column.Span, table.Name, $"column '{column.Name}' references '{target.Name}', which needs a key of one column of the same type"));
            }
        }
    }

    private MissingThreshold? BindThreshold(MissingThresholdSyntax? threshold)
    {
        if (threshold is null)
        {
            return null;
        }

        if (threshold.Severity is not ("warning" or "error") || threshold.Share is < 0 or > 1)
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidMissingThreshold(threshold.Span, threshold.Severity is "warning" or "error" ? $"{threshold.Share * 100}% is not a share" : $"'{threshold.Severity}' is neither"));
            return null;
        }

        return new MissingThreshold((double)threshold.Share, threshold.Severity == "error" ? Severity.Error : Severity.Warning);
    }

    private void DeclareMetric(MetricSyntax metric)
    {
        if (_evidence.TryGetValue(metric.Key, out var existing))
        {
            _diagnostics.Add(DiagnosticCatalog.MetricKeyClash(metric.Span, metric.Key, existing.Span));
            return;
        }

        if (metric.From is null || metric.Value is null)
        {
            _diagnostics.Add(DiagnosticCatalog.MetricIncomplete(metric.Span, metric.Key, metric.From is null ? "'from <table>'" : "'value <expression>'"));
            return;
        }

        if (!_tables.TryGetValue(metric.From, out var from))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownTable(metric.Span, metric.From, Suggestions.Closest(metric.From, _tables.Keys)));
            return;
        }

        var joins = ImmutableArray.CreateBuilder<DataTable>();
        foreach (var name in metric.Joins)
        {
            if (!_tables.TryGetValue(name, out var joined))
            {
                _diagnostics.Add(DiagnosticCatalog.UnknownTable(metric.Span, name, Suggestions.Closest(name, _tables.Keys)));
            }
            else if (!from.Columns.Any(c => c.References == name))
            {
                _diagnostics.Add(DiagnosticCatalog.JoinWithoutReference(metric.Span, from.Name, name));
            }
            else
            {
                joins.Add(joined);
            }
        }

        ImmutableArray<DataTable> scope = [from, .. joins];
        // A pairing with an error still binds the rest as paired, and still declares the metric's item, so one mistake gives one error.
        var pairing = metric.Pair is { } pair ? BindPairing(metric, pair, from, joins.ToImmutable()) : null;
        var (paired, pairKey) = (metric.Pair is null ? null : metric.Key, metric.Pair?.Key ?? []);
        var rows = new TableExpressionBinder(scope, _parameters, _scorecards, _diagnostics) { PairedMetric = paired, PairKey = pairKey };
        var where = metric.Where is null ? null : rows.BindCondition(metric.Where, "'where'");
        var groups = ImmutableArray.CreateBuilder<TableColumnRef>();
        foreach (var name in metric.GroupBy)
        {
            if (rows.Bind(new NameSyntax(metric.Span, name)) is TableColumnRef column)
            {
                groups.Add(column);
            }
        }

        var value = new TableExpressionBinder(scope, _parameters, _scorecards, _diagnostics) { AllowAggregates = true, PairedMetric = paired, PairKey = pairKey }.Bind(metric.Value);
        if (!value.Type.IsError && !value.Type.IsNumeric)
        {
            _diagnostics.Add(DiagnosticCatalog.TableExpressionType(metric.Value.Span, "A metric's value", "a number", ExpressionBinder.Describe(value.Type)));
        }

        var bound = new Metric(metric.Key, metric.Title, from, joins.ToImmutable(), where, groups.ToImmutable(), value, metric.Span) { Pairing = pairing };
        _metrics.Add(bound);
        var type = bound.GroupBy.IsEmpty
            ? value.Type
            : DataType.RecordList([.. bound.GroupBy.Select(g => new RecordField(g.Column.Name, g.Column.Type)), new RecordField(Metric.ValueField, value.Type)]);
        _evidence[metric.Key] = new EvidenceItem(metric.Key, type, metric.Title, null, null, null, metric.Span)
        {
            Ordinal = _evidence.Count,
            GroupBy = [.. bound.GroupBy.Select(g => g.Column.Name)],
        };
    }
}
