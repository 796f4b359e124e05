using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>
/// An expression over a table's rows, typed: what metrics, table checks and scorecards compute.
/// A closed hierarchy that an SQL dialect translates; literal values stay values (query parameters).
/// </summary>
public abstract record TableExpression(DataType Type);

/// <summary>A column of a table in the query (the metric's own table or one it joins).</summary>
public sealed record TableColumnRef(DataTable Table, TableColumn Column) : TableExpression(Column.Type);

/// <summary>A literal or a ruleset parameter: sent to the database as a parameter, never spliced into the text.</summary>
public sealed record TableConstant(object Value, DataType ConstantType) : TableExpression(ConstantType);

/// <summary>'period.start' or 'period.end': the dates the evidence pack gives for its data.</summary>
public sealed record TablePeriod(bool End) : TableExpression(DataType.Date);

public enum TableOperator
{
    Add, Subtract, Multiply, Divide, Less, LessOrEqual, Greater, GreaterOrEqual, Equal, NotEqual, And, Or,
}

public sealed record TableBinary(TableOperator Operator, TableExpression Left, TableExpression Right, DataType ResultType) : TableExpression(ResultType);

/// <summary>'not x' (<see cref="Negate"/> false) or '-x'.</summary>
public sealed record TableUnary(bool Negate, TableExpression Operand) : TableExpression(Operand.Type);

public sealed record TableIn(TableExpression Value, ImmutableArray<TableExpression> Items, bool Negated) : TableExpression(DataType.Boolean);

public sealed record TableConditional(TableExpression Condition, TableExpression Then, TableExpression Else) : TableExpression(Then.Type);

/// <summary>A row function: known(x), days_between(a, b), ratio(a, b) over aggregates.</summary>
public sealed record TableCall(TableFunction Function, ImmutableArray<TableExpression> Arguments, DataType ResultType) : TableExpression(ResultType);

public enum TableFunction
{
    Known, DaysBetween, Ratio,
}

/// <summary>An aggregate over the rows of a group: count, share, sum, avg, median, percentile, min, max.</summary>
public sealed record TableAggregate(TableAggregateKind Kind, TableExpression? Argument, TableExpression? Condition, double? Fraction, DataType ResultType) : TableExpression(ResultType);

public enum TableAggregateKind
{
    Count, Share, Sum, Avg, Median, Percentile, Min, Max, Distinct,
}

/// <summary>
/// 'likelihood(card, line)': the row's likelihood of living below the poverty line, looked up from
/// the score of its answers on the card. Missing when a question is unanswered.
/// </summary>
public sealed record TableLikelihood(Scorecard Card, string Line, ImmutableArray<TableColumnRef> Answers) : TableExpression(DataType.Percentage);

/// <summary>
/// 'earlier(x)' or 'later(x)' in a metric over pairs of rows: <see cref="Operand"/> read on that row
/// of the pair. 'change(x)' is later(x) − earlier(x).
/// </summary>
public sealed record TableSide(bool Later, TableExpression Operand) : TableExpression(Operand.Type);
