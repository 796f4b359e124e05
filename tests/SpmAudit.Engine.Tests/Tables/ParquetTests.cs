using DuckDB.NET.Data;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Tests;
using SpmAudit.Tests.Data;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>
/// Parquet files take the fast way in when their stored types fit the declared ones, and CSV files
/// when every cell parses; both must give what the careful text-first read gives: the same figures,
/// and every problem named at its cell.
/// </summary>
public sealed class ParquetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spm-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Ruleset Ruleset() => RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "data-outreach", "data-outreach.spm")).Ruleset!;

    private (EvidencePack? Pack, DiagnosticBag Diagnostics) Load(string format, Action<string>? spoil = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, format)).FullName;
        SyntheticLoans.Write(folder, 2_000, format);
        spoil?.Invoke(folder);
        var diagnostics = new DiagnosticBag();
        return (EvidencePacks.Load(Path.Combine(folder, "pack.yaml"), Ruleset(), diagnostics), diagnostics);
    }

    [Fact]
    public void Parquet_and_csv_of_the_same_rows_give_the_same_figures()
    {
        var (parquet, parquetDiagnostics) = Load("parquet");
        var (csv, csvDiagnostics) = Load("csv.gz");

        parquetDiagnostics.HasErrors.ShouldBeFalse();
        csvDiagnostics.HasErrors.ShouldBeFalse();
        foreach (var metric in Ruleset().Metrics.Where(m => m.GroupBy.IsEmpty))
        {
            var expected = (double)csv!.Find(metric.Key)!.Value!;
            ((double)parquet!.Find(metric.Key)!.Value!).ShouldBe(expected, Math.Abs(expected) * 1e-12, metric.Key);
        }
    }

    [Fact]
    public void A_parquet_whole_number_stored_as_a_fraction_is_named_at_its_cell()
    {
        var (_, diagnostics) = Load("parquet", folder => Rewrite(folder, "loans", "* REPLACE (CASE WHEN loan_id = 'L0000000006' THEN 1.5 ELSE cycle END AS cycle)"));

        var wrong = diagnostics.ToSortedArray().Where(d => d.Code == "SPM4701").ShouldHaveSingleItem();
        wrong.Span.ToString().ShouldContain("row 8, column cycle");
        wrong.Message.ShouldContain("1.5");
    }

    [Fact]
    public void A_duplicate_key_in_parquet_is_named_at_its_second_row()
    {
        var (_, diagnostics) = Load("parquet", folder => Rewrite(folder, "loans", "* REPLACE (CASE WHEN loan_id = 'L0000000009' THEN 'L0000000003' ELSE loan_id END AS loan_id)"));

        var duplicate = diagnostics.ToSortedArray().Where(d => d.Code == "SPM4702").ShouldHaveSingleItem();
        duplicate.Span.ToString().ShouldContain("row 11, column loan_id");
    }

    /// <summary>Replaces a Parquet file by a query over it, keeping its name.</summary>
    private static void Rewrite(string folder, string table, string select)
    {
        var path = Path.Combine(folder, table + ".parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT {select} FROM read_parquet('{path}')) TO '{path}.new' (FORMAT parquet)";
        command.ExecuteNonQuery();
        File.Move(path + ".new", path, overwrite: true);
    }
}
