using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Tables;

/// <summary>
/// Compiles a metric to one SELECT in a dialect: the metric's table joined with the tables it
/// references, filtered, grouped and reduced. Literals, parameters, answers, points and likelihoods
/// become query parameters; identifiers come from the ruleset's declarations only, quoted.
/// </summary>
public sealed class MetricSqlCompiler
{
    private readonly SqlDialect _dialect;
    private readonly DateOnly? _periodStart;
    private readonly DateOnly? _periodEnd;
    private readonly List<object?> _parameters;

    /// <summary>The table a paired metric reads twice, and the row being compiled (false earlier, true later).</summary>
    private DataTable? _paired;
    private bool? _side;

    /// <summary>The aliases of the two rows of a pair in the SQL.</summary>
    public const string EarlierRow = "earlier";
    public const string LaterRow = "later";

    private MetricSqlCompiler(SqlDialect dialect, DateOnly? periodStart, DateOnly? periodEnd, List<object?>? parameters = null)
    {
        _dialect = dialect;
        _periodStart = periodStart;
        _periodEnd = periodEnd;
        _parameters = parameters ?? [];
    }

    public static SqlQuery Compile(Metric metric, SqlDialect dialect, DateOnly? periodStart = null, DateOnly? periodEnd = null) =>
        new MetricSqlCompiler(dialect, periodStart, periodEnd).Select(metric);

    /// <summary>Rows of a table that break a check: their row numbers, in file order.</summary>
    public static SqlQuery FailingRows(DataTable table, TableCheck check, SqlDialect dialect, string rowColumn, int limit)
    {
        var compiler = new MetricSqlCompiler(dialect, null, null);
        var condition = compiler.Expression(check.Condition);
        var text = $"SELECT {rowColumn}, count(*) OVER () FROM {dialect.Identifier(table.Name)} WHERE NOT ({condition}) ORDER BY {rowColumn} LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
        return new SqlQuery(text, [.. compiler._parameters]);
    }

    /// <summary>A table check's condition, its parameters appended to a list that other conditions of the same query share.</summary>
    public static string Condition(TableExpression condition, SqlDialect dialect, List<object?> parameters) =>
        new MetricSqlCompiler(dialect, null, null, parameters).Expression(condition);

    private SqlQuery Select(Metric metric)
    {
        _paired = metric.Pairing is null ? null : metric.From;
        var text = new StringBuilder("SELECT ");
        foreach (var group in metric.GroupBy)
        {
            text.Append(Column(group)).Append(", ");
        }

        text.Append("CAST(").Append(Expression(metric.Value)).Append(" AS DOUBLE) AS ").Append(_dialect.Identifier(Metric.ValueField));
        text.Append("\nFROM ").Append(_dialect.Identifier(metric.From.Name));
        var conditions = new List<string>();
        if (metric.Pairing is { } pairing)
        {
            conditions.AddRange(PairRows(text, metric.From, pairing));
        }

        foreach (var joined in metric.Joins)
        {
            var reference = metric.From.Columns.First(c => c.References == joined.Name);
            text.Append("\nLEFT JOIN ").Append(_dialect.Identifier(joined.Name)).Append(" ON ")
                .Append(Column(new TableColumnRef(metric.From, reference))).Append(" = ")
                .Append(Column(new TableColumnRef(joined, joined.Find(joined.Key[0])!)));
        }

        if (metric.Where is not null)
        {
            conditions.Add(Expression(metric.Where));
        }

        if (conditions.Count > 0)
        {
            text.Append("\nWHERE ").Append(string.Join(" AND ", conditions));
        }

        if (!metric.GroupBy.IsEmpty)
        {
            var groups = string.Join(", ", metric.GroupBy.Select(Column));
            text.Append("\nGROUP BY ").Append(groups).Append("\nORDER BY ").Append(groups);
        }

        return new SqlQuery(text.ToString(), [.. _parameters]);
    }

    /// <summary>
    /// A column; over pairs of rows, a column of the metric's own table is read on the row of the side
    /// being compiled (earlier or later), and outside a side (the key, a group) on the later row.
    /// </summary>
    private string Column(TableColumnRef column) =>
        _dialect.Identifier(column.Table == _paired ? (_side == false ? EarlierRow : LaterRow) : column.Table.Name) + "." + _dialect.Identifier(column.Column.Name);

    /// <summary>
    /// A self-join: the table as the earlier row, joined on the key with itself as the later row, each
    /// kept to its round. Keys in one round only find no partner and stay out (DuckDbTables counts them).
    /// </summary>
    private IEnumerable<string> PairRows(StringBuilder text, DataTable table, MetricPairing pairing)
    {
        text.Append(" AS ").Append(_dialect.Identifier(EarlierRow));
        text.Append("\nJOIN ").Append(_dialect.Identifier(table.Name)).Append(" AS ").Append(_dialect.Identifier(LaterRow)).Append(" ON ");
        text.Append(string.Join(" AND ", pairing.Key.Select(k =>
            $"{_dialect.Identifier(EarlierRow)}.{_dialect.Identifier(k.Column.Name)} = {_dialect.Identifier(LaterRow)}.{_dialect.Identifier(k.Column.Name)}")));
        return [OnSide(false, () => $"({Column(pairing.Round)} = {Expression(pairing.Earlier)})"), OnSide(true, () => $"({Column(pairing.Round)} = {Expression(pairing.Later)})")];
    }

    private string OnSide(bool later, Func<string> compile)
    {
        var outer = _side;
        _side = later;
        try
        {
            return compile();
        }
        finally
        {
            _side = outer;
        }
    }

    private string Parameter(object? value, DataType type)
    {
        _parameters.Add(value);
        var sqlType = type.Kind switch
        {
            TypeKind.Date => "DATE",
            TypeKind.Boolean => "BOOLEAN",
            TypeKind.Text or TypeKind.Choice => "VARCHAR",
            TypeKind.Integer => "BIGINT",
            _ => "DOUBLE",
        };
        return $"CAST({_dialect.Parameter(_parameters.Count - 1)} AS {sqlType})";
    }

    internal string Expression(TableExpression expression) => expression switch
    {
        TableColumnRef column => Column(column),
        TableConstant { Value: double d, Type.Kind: TypeKind.Integer } => Parameter((long)d, DataType.Integer),
        TableConstant constant => Parameter(constant.Value, constant.Type),
        TablePeriod period => Parameter(period.End ? _periodEnd : _periodStart, DataType.Date),
        TableBinary binary => Binary(binary),
        TableUnary { Negate: true } unary => $"(-{Expression(unary.Operand)})",
        TableUnary unary => $"(NOT {Expression(unary.Operand)})",
        TableIn { Items.IsEmpty: true } empty => empty.Negated ? "TRUE" : "FALSE",
        TableIn @in => $"({Expression(@in.Value)} {(@in.Negated ? "NOT IN" : "IN")} ({string.Join(", ", @in.Items.Select(Expression))}))",
        TableConditional c => $"CASE WHEN {Expression(c.Condition)} THEN {Expression(c.Then)} ELSE {Expression(c.Else)} END",
        TableCall { Function: TableFunction.Known } call => $"({Expression(call.Arguments[0])} IS NOT NULL)",
        TableCall { Function: TableFunction.DaysBetween } call => _dialect.DaysBetween(Expression(call.Arguments[0]), Expression(call.Arguments[1])),
        TableCall call => _dialect.Divide(Expression(call.Arguments[0]), Expression(call.Arguments[1])),
        TableAggregate aggregate => Aggregate(aggregate),
        TableLikelihood likelihood => Likelihood(likelihood),
        TableSide side => OnSide(side.Later, () => Expression(side.Operand)),
        _ => throw new InvalidOperationException($"No SQL for {expression.GetType().Name}."),
    };

    private string Binary(TableBinary binary)
    {
        var left = Expression(binary.Left);
        var right = Expression(binary.Right);
        var op = binary.Operator switch
        {
            TableOperator.Add => "+", TableOperator.Subtract => "-", TableOperator.Multiply => "*",
            TableOperator.Less => "<", TableOperator.LessOrEqual => "<=", TableOperator.Greater => ">", TableOperator.GreaterOrEqual => ">=",
            TableOperator.Equal => "=", TableOperator.NotEqual => "<>", TableOperator.And => "AND", TableOperator.Or => "OR",
            _ => null,
        };
        return op is null ? _dialect.Divide(left, right) : $"({left} {op} {right})";
    }

    /// <summary>
    /// Rows whose condition is unknown (an empty cell) count in no share: share is the mean of 1 for
    /// a row that keeps the condition and 0 for one that does not, NULL (missing) over no rows.
    /// </summary>
    private string Aggregate(TableAggregate aggregate)
    {
        var filter = aggregate.Condition is null ? null : Expression(aggregate.Condition);
        var filtered = filter is null ? "" : $" FILTER (WHERE {filter})";
        return aggregate.Kind switch
        {
            TableAggregateKind.Count => $"count(*){filtered}",
            // CASE rather than FILTER: every engine of the dialect seam takes a condition inside DISTINCT this way.
            TableAggregateKind.Distinct => filter is null ? $"count(DISTINCT {Expression(aggregate.Argument!)})" : $"count(DISTINCT CASE WHEN {filter} THEN {Expression(aggregate.Argument!)} END)",
            TableAggregateKind.Share => $"avg(CASE WHEN {filter} THEN 1.0 WHEN NOT {filter} THEN 0.0 END)",
            TableAggregateKind.Sum => $"coalesce(sum({Expression(aggregate.Argument!)}){filtered}, 0)",
            TableAggregateKind.Avg => $"avg({Expression(aggregate.Argument!)}){filtered}",
            TableAggregateKind.Min => $"min({Expression(aggregate.Argument!)}){filtered}",
            TableAggregateKind.Max => $"max({Expression(aggregate.Argument!)}){filtered}",
            TableAggregateKind.Median => _dialect.Quantile(Expression(aggregate.Argument!), Parameter(0.5, DataType.Number), filter),
            _ => _dialect.Quantile(Expression(aggregate.Argument!), Parameter(aggregate.Fraction ?? 0.5, DataType.Number), filter),
        };
    }

    /// <summary>
    /// One row's likelihood: the points of each answer for the line, added up, then looked up in the
    /// line's bands. An unanswered question (or an answer not on the card) leaves the score, and so
    /// the likelihood, NULL: the row stays out of avg(), which makes the mean over answered rows.
    /// </summary>
    private string Likelihood(TableLikelihood likelihood)
    {
        var card = likelihood.Card;
        var score = string.Join(" + ", card.Questions.Zip(likelihood.Answers).Select(pair =>
        {
            var (question, column) = pair;
            var cases = string.Join(" ", question.Answers.Select(a =>
                $"WHEN {Parameter(a.Answer, DataType.Text)} THEN {Parameter((long)a.PointsFor(likelihood.Line), DataType.Integer)}"));
            return $"(CASE CAST({Column(column)} AS VARCHAR) {cases} END)";
        }));
        var bands = string.Join(" ", card.Likelihoods[likelihood.Line].Select(b =>
            $"WHEN ({score}) BETWEEN {Parameter((long)b.Low, DataType.Integer)} AND {Parameter((long)b.High, DataType.Integer)} THEN {Parameter(b.Likelihood, DataType.Number)}"));
        return $"(CASE {bands} END)";
    }

    /// <summary>The parameters as the dialect's SQL shows them in --explain and docs: dates ISO, text quoted.</summary>
    public static string Show(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static ImmutableArray<string> ShowAll(SqlQuery query) => [.. query.Parameters.Select(Show)];
}
