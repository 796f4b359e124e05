using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>
/// DuckDB (a managed wrapper and a native library of tens of megabytes) is loaded only by an audit
/// whose ruleset declares tables. Each audit runs in a fresh load context holding its own copy of
/// the engine, so what it loads can be told apart from what other tests of this process loaded.
/// </summary>
public sealed class DuckDbLoadingTests
{
    private const string DuckDbAssembly = "DuckDB.NET.Data";

    [Fact]
    public void An_audit_without_tables_never_loads_DuckDB()
    {
        var loaded = IsolatedLoading.OfAudit(
            RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm"),
            RepositoryPaths.Combine("rulesets", "examples", "sahel-solidarity-finance.yaml"));

        loaded.ShouldContain("SpmAudit.Engine");
        loaded.ShouldNotContain(DuckDbAssembly);
    }

    [Fact]
    public void An_audit_of_data_files_loads_DuckDB_in_the_same_kind_of_context()
    {
        // The control: the same observation sees DuckDB when the ruleset does read tables.
        var loaded = IsolatedLoading.OfAudit(
            RepositoryPaths.Combine("rulesets", "data-outreach", "data-outreach.spm"),
            RepositoryPaths.Combine("rulesets", "examples", "data", "sahel-solidarity-finance", "pack.yaml"));

        loaded.ShouldContain(DuckDbAssembly);
    }
}
