using System.Globalization;
using DuckDB.NET.Data;

namespace SpmAudit.Tests.Data;

/// <summary>
/// Client and loan files of any size for the data-outreach ruleset, with columns shaped like
/// scripts/generate-loan-data.py's (two fifths as many clients as loans), drawn from hashes of the
/// row number so the same size always gives the same rows. DuckDB writes them in a second, where
/// the seeded Python generator needs minutes for a million loans.
/// </summary>
internal static class SyntheticLoans
{
    /// <summary>
    /// Writes clients.{format}, loans.{format} and scorecard_rounds.{format} ("parquet" or "csv.gz")
    /// and a pack.yaml naming them. About a third of the clients answer the scorecard in round 1,
    /// most of them again in round 2, and a few only in round 2.
    /// With <paramref name="repeatEvery"/>, the rows after the first that many loans (and their
    /// clients) repeat the first ones under new ids, so every share, ratio and median is the same
    /// at any multiple of that size and only counts grow.
    /// </summary>
    public static void Write(string folder, int loans, string format, int? repeatEvery = null)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var clients = Math.Max(1, loans * 2 / 5);
        var pattern = repeatEvery ?? loans;
        var clientPattern = Math.Max(1, pattern * 2 / 5);
        var options = format == "parquet" ? "FORMAT parquet" : "FORMAT csv, HEADER true, COMPRESSION gzip";
        Run(connection, string.Create(CultureInfo.InvariantCulture, $"""
            COPY (SELECT printf('C%09d', i) AS client_id,
                         CASE WHEN hash(i % {clientPattern}, 1) % 100 < 62 THEN 'female' ELSE 'male' END AS gender,
                         CASE WHEN hash(i % {clientPattern}, 2) % 100 < 58 THEN 'rural' ELSE 'urban' END AS area,
                         'B' || (hash(i % {clientPattern}, 3) % 12) AS branch,
                         DATE '2019-01-01' + CAST(hash(i % {clientPattern}, 4) % 2100 AS INTEGER) AS entered_on,
                         CASE WHEN hash(i % {clientPattern}, 5) % 100 < 18 THEN DATE '2025-01-01' + CAST(hash(i % {clientPattern}, 6) % 365 AS INTEGER) END AS exited_on,
                         CASE WHEN hash(i % {clientPattern}, 5) % 100 < 18 THEN 'moved' END AS exit_reason,
                         CAST(1 + hash(i % {clientPattern}, 7) % 6 AS BIGINT) AS last_cycle,
                         ['5+', '3-4', '1-2', '0'][CAST(1 + hash(i % {clientPattern}, 8) % 4 AS BIGINT)] AS ppi_children,
                         ['thatch', 'metal', 'concrete'][CAST(1 + hash(i % {clientPattern}, 9) % 3 AS BIGINT)] AS ppi_roof,
                         ['wood', 'charcoal', 'gas'][CAST(1 + hash(i % {clientPattern}, 10) % 3 AS BIGINT)] AS ppi_fuel,
                         ['no', 'yes'][CAST(1 + hash(i % {clientPattern}, 11) % 2 AS BIGINT)] AS ppi_school
                  FROM range({clients}) t(i)) TO '{Path.Combine(folder, "clients." + format)}' ({options})
            """));
        Run(connection, string.Create(CultureInfo.InvariantCulture, $"""
            COPY (SELECT printf('L%010d', i) AS loan_id, printf('C%09d', i // {pattern} * {clientPattern} + i % {pattern} % {clientPattern}) AS client_id,
                         CAST(1 + (i % {pattern}) // {clientPattern} AS BIGINT) AS cycle,
                         ['group', 'individual', 'agriculture'][CAST(1 + hash(i % {pattern}, 1) % 3 AS BIGINT)] AS product,
                         'B' || (hash(i % {pattern} % {clientPattern}, 3) % 12) AS branch, 'O' || (hash(i % {pattern}, 2) % 72) AS officer,
                         DATE '2024-01-01' + CAST(hash(i % {pattern}, 4) % 700 AS INTEGER) AS disbursed_on,
                         DATE '2024-01-01' + CAST(hash(i % {pattern}, 4) % 700 AS INTEGER) + 180 AS maturity_on,
                         100 + (hash(i % {pattern}, 5) % 90000) / 100.0 AS amount,
                         (hash(i % {pattern}, 5) % 90000) / 200.0 AS outstanding,
                         CAST(CASE WHEN hash(i % {pattern}, 6) % 100 < 6 THEN hash(i % {pattern}, 7) % 200 ELSE 0 END AS BIGINT) AS days_late,
                         CASE WHEN hash(i % {pattern}, 4) % 700 > 470 THEN 'active' WHEN hash(i % {pattern}, 8) % 100 < 2 THEN 'written_off' ELSE 'repaid' END AS status
                  FROM range({loans}) t(i)) TO '{Path.Combine(folder, "loans." + format)}' ({options})
            """));
        Run(connection, string.Create(CultureInfo.InvariantCulture, $"""
            COPY (SELECT printf('C%09d', i) AS client_id, CAST(r AS BIGINT) AS round,
                         CASE WHEN r = 1 THEN DATE '2024-12-01' ELSE DATE '2025-12-01' END AS surveyed_on,
                         ['5+', '3-4', '1-2', '0'][CAST(1 + hash(i % {clientPattern}, 10 + 4 * r) % 4 AS BIGINT)] AS ppi_children,
                         ['thatch', 'metal', 'concrete'][CAST(1 + hash(i % {clientPattern}, 11 + 4 * r) % 3 AS BIGINT)] AS ppi_roof,
                         ['wood', 'charcoal', 'gas'][CAST(1 + hash(i % {clientPattern}, 12 + 4 * r) % 3 AS BIGINT)] AS ppi_fuel,
                         ['no', 'yes'][CAST(1 + hash(i % {clientPattern}, 13 + 4 * r) % 2 AS BIGINT)] AS ppi_school
                  FROM range({clients}) t(i), (VALUES (1), (2)) s(r)
                  WHERE CASE WHEN r = 1 THEN hash(i % {clientPattern}, 30) % 100 < 35 ELSE hash(i % {clientPattern}, 30) % 100 < 32 OR hash(i % {clientPattern}, 30) % 100 >= 97 END
                  ORDER BY r, i) TO '{Path.Combine(folder, "scorecard_rounds." + format)}' ({options})
            """));
        File.WriteAllText(Path.Combine(folder, "pack.yaml"), $$"""
            institution: { id: synthetic, name: Synthetic Loans }
            period: 2025
            date: 2026-02-15
            assessment: external-audit
            data:
              period: { from: 2025-01-01, to: 2025-12-31 }
              tables:
                clients: clients.{{format}}
                loans: loans.{{format}}
                scorecard_rounds: scorecard_rounds.{{format}}

            """);
    }

    private static void Run(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
