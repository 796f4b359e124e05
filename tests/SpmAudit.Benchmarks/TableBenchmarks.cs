using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using SpmAudit.Engine.Reading;
using SpmAudit.Engine.Tables;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Benchmarks;

/// <summary>
/// Every metric of the shipped data-outreach ruleset over synthetic Parquet files of 100,000 to
/// 10,000,000 loans (and two fifths as many clients): fingerprinting, loading, every quality check
/// and every metric, as an audit runs them. The baseline only reads both files and counts their rows,
/// so the ratio is the cost of the checks and metrics over plain reading.
/// </summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    private Ruleset _ruleset = null!;
    private DocumentData _data = null!;
    private string _folder = null!;

    [Params(100_000, 1_000_000, 10_000_000)]
    public int Loans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ruleset = RulesetCompiler.Compile(RepositoryRoot.Combine("rulesets", "data-outreach", "data-outreach.spm")).Ruleset!;
        _folder = Directory.CreateTempSubdirectory("spm-tables-").FullName;
        Synthesise(_folder, Loans);
        var span = new SourceSpan(Path.Combine(_folder, "pack.yaml"), 1, 1);
        _data = new DocumentData(span, new DocumentText(span, "2025-01-01"), new DocumentText(span, "2025-12-31"),
            [new DocumentTable(new DocumentText(span, "clients"), new DocumentText(span, "clients.parquet")),
             new DocumentTable(new DocumentText(span, "loans"), new DocumentText(span, "loans.parquet"))]) { Folder = _folder };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// peak working set: {Environment.WorkingSet / 1048576} MiB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB peak");
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public long ReadAndCount()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM read_parquet($1)) + (SELECT count(*) FROM read_parquet($2))";
        command.Parameters.Add(new DuckDBParameter(Path.Combine(_folder, "clients.parquet")));
        command.Parameters.Add(new DuckDBParameter(Path.Combine(_folder, "loans.parquet")));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark]
    public int EveryMetricWithItsChecks()
    {
        var diagnostics = new DiagnosticBag();
        var metrics = TableEvidence.Compute(_ruleset, _data, diagnostics);
        if (diagnostics.ErrorCount > 0 || metrics.Count != _ruleset.Metrics.Length)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }

        return metrics.Count;
    }

    /// <summary>Columns shaped like the generator's (scripts/generate-loan-data.py), drawn from hashes of the row number so every run writes the same files.</summary>
    private static void Synthesise(string folder, int loans)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var clients = loans * 2 / 5;
        Run(connection, $"""
            COPY (SELECT printf('C%09d', i) AS client_id,
                         CASE WHEN hash(i, 1) % 100 < 62 THEN 'female' ELSE 'male' END AS gender,
                         CASE WHEN hash(i, 2) % 100 < 58 THEN 'rural' ELSE 'urban' END AS area,
                         'B' || (hash(i, 3) % 12) AS branch,
                         DATE '2019-01-01' + CAST(hash(i, 4) % 2100 AS INTEGER) AS entered_on,
                         CASE WHEN hash(i, 5) % 100 < 18 THEN DATE '2025-01-01' + CAST(hash(i, 6) % 365 AS INTEGER) END AS exited_on,
                         CASE WHEN hash(i, 5) % 100 < 18 THEN 'moved' END AS exit_reason,
                         CAST(1 + hash(i, 7) % 6 AS BIGINT) AS last_cycle,
                         ['5+', '3-4', '1-2', '0'][CAST(1 + hash(i, 8) % 4 AS BIGINT)] AS ppi_children,
                         ['thatch', 'metal', 'concrete'][CAST(1 + hash(i, 9) % 3 AS BIGINT)] AS ppi_roof,
                         ['wood', 'charcoal', 'gas'][CAST(1 + hash(i, 10) % 3 AS BIGINT)] AS ppi_fuel,
                         ['no', 'yes'][CAST(1 + hash(i, 11) % 2 AS BIGINT)] AS ppi_school
                  FROM range({clients}) t(i)) TO '{Path.Combine(folder, "clients.parquet")}' (FORMAT parquet)
            """);
        Run(connection, $"""
            COPY (SELECT printf('L%010d', i) AS loan_id, printf('C%09d', i % {clients}) AS client_id,
                         CAST(1 + i // {clients} AS BIGINT) AS cycle,
                         ['group', 'individual', 'agriculture'][CAST(1 + hash(i, 1) % 3 AS BIGINT)] AS product,
                         'B' || (hash(i % {clients}, 3) % 12) AS branch, 'O' || (hash(i, 2) % 72) AS officer,
                         DATE '2024-01-01' + CAST(hash(i, 4) % 700 AS INTEGER) AS disbursed_on,
                         DATE '2024-01-01' + CAST(hash(i, 4) % 700 AS INTEGER) + 180 AS maturity_on,
                         100 + (hash(i, 5) % 90000) / 100.0 AS amount,
                         (hash(i, 5) % 90000) / 200.0 AS outstanding,
                         CAST(CASE WHEN hash(i, 6) % 100 < 6 THEN hash(i, 7) % 200 ELSE 0 END AS BIGINT) AS days_late,
                         CASE WHEN hash(i, 4) % 700 > 470 THEN 'active' WHEN hash(i, 8) % 100 < 2 THEN 'written_off' ELSE 'repaid' END AS status
                  FROM range({loans}) t(i)) TO '{Path.Combine(folder, "loans.parquet")}' (FORMAT parquet)
            """);
    }

    private static void Run(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
