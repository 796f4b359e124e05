using SpmAudit.Language.Compilation;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests.Distribution;

/// <summary>A ruleset read from memory compiles exactly as from disk: the store is a seam, not a second loader.</summary>
public sealed class VirtualStoreTests
{
    /// <summary>The golden cases whose entry is a file or folder of the case (the others name shipped rulesets).</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(DiagnosticCaseTests.CasesRoot).Order(StringComparer.Ordinal))
        {
            var entry = Path.Combine(dir, DiagnosticCaseTests.EntryFile(dir));
            if (File.Exists(entry) || Directory.Exists(entry) || Path.HasExtension(entry))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_golden_case_gives_the_same_diagnostics_from_memory_as_from_disk(string name)
    {
        var dir = Path.Combine(DiagnosticCaseTests.CasesRoot, name);
        var entry = DiagnosticCaseTests.EntryFile(dir);
        var fromDisk = RulesetCompiler.Compile(Path.Combine(dir, entry), displayBase: dir);
        var fromMemory = RulesetCompiler.Compile(MemoryTree.Of(dir), entry);

        fromMemory.Diagnostics.Select(d => d.ToString().Replace("mem:", "", StringComparison.Ordinal))
            .ShouldBe(fromDisk.Diagnostics.Select(d => d.ToString()));
        fromMemory.Ruleset?.Sources.ShouldBe(fromDisk.Ruleset!.Sources);
    }

    [Fact]
    public void Paths_climbing_above_the_root_stay_outside_it()
    {
        var store = MemoryTree.Of(RepositoryPaths.Combine("tests", "SpmAudit.Language.Tests", "Cases", "3031-import-outside-root"));

        var outside = store.Combine("/", "../../x.spm");

        outside.ShouldBe("/../../x.spm");
        store.IsInside(outside, "/").ShouldBeFalse();
        store.IsFile(outside).ShouldBeFalse();
        store.Combine("/a/b", "../c/./d.spm").ShouldBe("/a/c/d.spm");
        store.Relative("/a/b", "/a/c/d.spm").ShouldBe("../c/d.spm");
        store.Display("/").ShouldBe("mem:.");
    }
}
