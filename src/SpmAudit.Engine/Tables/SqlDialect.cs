namespace SpmAudit.Engine.Tables;

/// <summary>
/// The one seam between metrics and an SQL engine: what differs between DuckDB (embedded, one
/// machine) and a distributed engine (Spark SQL, Trino) over the same Parquet files. The rest of
/// the SQL is standard: FILTER clauses, CASE, GROUP BY.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect DuckDb { get; } = new DuckDbDialect();

    public static SqlDialect SparkSql { get; } = new SparkSqlDialect();

    public static SqlDialect Trino { get; } = new TrinoDialect();

    public abstract string Name { get; }

    /// <summary>The text of the n-th query parameter (0-based).</summary>
    public abstract string Parameter(int index);

    public virtual string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The exact p-th quantile (interpolated) of an expression, over the rows a filter keeps.</summary>
    public abstract string Quantile(string value, string fraction, string? filter);

    public abstract string DaysBetween(string from, string to);

    /// <summary>A floating-point division that is NULL when the divisor is 0.</summary>
    public virtual string Divide(string left, string right) => $"(CAST({left} AS DOUBLE) / NULLIF({right}, 0))";

    private sealed class DuckDbDialect : SqlDialect
    {
        public override string Name => "DuckDB";

        public override string Parameter(int index) => "$" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public override string Quantile(string value, string fraction, string? filter) =>
            $"quantile_cont({value}, {fraction})" + (filter is null ? "" : $" FILTER (WHERE {filter})");

        public override string DaysBetween(string from, string to) => $"date_diff('day', {from}, {to})";
    }

    private sealed class SparkSqlDialect : SqlDialect
    {
        public override string Name => "Spark SQL";

        // Spark SQL binds named parameters (spark.sql(text, args=...)); positions keep one naming for every dialect.
        public override string Parameter(int index) => ":p" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        public override string Identifier(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

        public override string Quantile(string value, string fraction, string? filter) =>
            $"percentile({value}, {fraction})" + (filter is null ? "" : $" FILTER (WHERE {filter})");

        public override string DaysBetween(string from, string to) => $"datediff({to}, {from})";
    }

    private sealed class TrinoDialect : SqlDialect
    {
        public override string Name => "Trino";

        public override string Parameter(int index) => "?";

        // Trino has no exact quantile; approx_percentile is within about 1% of rank, stated in docs/data.md.
        public override string Quantile(string value, string fraction, string? filter) =>
            $"approx_percentile({value}, {fraction})" + (filter is null ? "" : $" FILTER (WHERE {filter})");

        public override string DaysBetween(string from, string to) => $"date_diff('day', {from}, {to})";
    }
}
