using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using SpmAudit.Engine.Reading;
using SpmAudit.Engine.Tables;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Tests.Data;

namespace SpmAudit.Benchmarks;

/// <summary>
/// Every metric of the shipped data-outreach ruleset over synthetic Parquet or gzip-compressed CSV
/// files of 100,000 to 10,000,000 loans (two fifths as many clients, and their scorecard rounds): fingerprinting, loading,
/// every quality check and every metric, as an audit runs them. The baseline only reads both files
/// and counts their rows, so the ratio is the cost of the checks and metrics over plain reading.
/// </summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    private static readonly string[] Tables = ["clients", "loans", "scorecard_rounds"];

    private Ruleset _ruleset = null!;
    private DocumentData _data = null!;
    private string _folder = null!;

    /// <summary>
    /// Parquet, as a data warehouse exports it, or gzip-compressed CSV, as the generator script writes
    /// it. No CSV of 10,000,000 loans: writing it alone outlasts the in-process runner's time limit.
    /// </summary>
    public static IEnumerable<DataCase> Cases() =>
        [new(100_000, "parquet"), new(100_000, "csv.gz"), new(1_000_000, "parquet"), new(1_000_000, "csv.gz"), new(10_000_000, "parquet")];

    [ParamsSource(nameof(Cases))]
    public DataCase Case { get; set; } = null!;

    private int Loans => Case.Loans;

    private string Format => Case.Format;

    [GlobalSetup]
    public void Setup()
    {
        _ruleset = RulesetCompiler.Compile(RepositoryRoot.Combine("rulesets", "data-outreach", "data-outreach.spm")).Ruleset!;
        _folder = Directory.CreateTempSubdirectory("spm-tables-").FullName;
        SyntheticLoans.Write(_folder, Loans, Format);
        var span = new SourceSpan(Path.Combine(_folder, "pack.yaml"), 1, 1);
        _data = new DocumentData(span, new DocumentText(span, "2025-01-01"), new DocumentText(span, "2025-12-31"),
            [.. Tables.Select(t => new DocumentTable(new DocumentText(span, t), new DocumentText(span, $"{t}.{Format}")))]) { Folder = _folder };
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
        var reader = Format == "parquet" ? "read_parquet" : "read_csv";
        command.CommandText = $"SELECT (SELECT count(*) FROM {reader}($1)) + (SELECT count(*) FROM {reader}($2))";
        command.Parameters.Add(new DuckDBParameter(Path.Combine(_folder, "clients." + Format)));
        command.Parameters.Add(new DuckDBParameter(Path.Combine(_folder, "loans." + Format)));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark]
    public int EveryMetricWithItsChecks()
    {
        var diagnostics = new DiagnosticBag();
        var metrics = TableEvidence.Compute(_ruleset, _data, diagnostics);
        if (diagnostics.ErrorCount > 0 || metrics.Count != _ruleset.Metrics.Length)
        {
            throw new InvalidOperationException($"{metrics.Count} of {_ruleset.Metrics.Length} metrics:\n{string.Join("\n", diagnostics.ToSortedArray())}");
        }

        return metrics.Count;
    }
}

/// <summary>A size and a format of the synthetic files.</summary>
public sealed record DataCase(int Loans, string Format)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Loans:N0} loans, {Format}");
}
