using System.Text;
using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;

namespace SpmAudit.Benchmarks.Synthetic;

/// <summary>
/// A temporary folder holding a synthetic ruleset in the DSL and in YAML. The compiler reads files,
/// and the folder's <c>.spmroot</c> marker keeps it from looking for a ruleset root further up.
/// </summary>
internal sealed class SyntheticWorkspace
{
    public SyntheticWorkspace(int indicators)
    {
        Indicators = indicators;
        Folder = Directory.CreateTempSubdirectory("spmaudit-bench-").FullName;
        File.WriteAllText(Path.Combine(Folder, ".spmroot"), "");
        DslPath = Path.Combine(Folder, $"synthetic-{indicators}.spm");
        YamlPath = Path.Combine(Folder, $"synthetic-{indicators}.yaml");

        var dsl = SyntheticRuleset.Dsl(indicators);
        // Without a byte-order mark: Encoding.UTF8 would write one, and the compiler rejects it (see docs/performance.md).
        File.WriteAllText(DslPath, dsl);
        var diagnostics = new DiagnosticBag();
        var syntax = Formatter.Parse(DslPath, dsl, diagnostics);
        ThrowOnErrors(diagnostics.ToSortedArray(), DslPath);
        File.WriteAllText(YamlPath, Formatter.Write(syntax, RulesetFormat.Yaml));
    }

    public int Indicators { get; }

    public string Folder { get; }

    public string DslPath { get; }

    public string YamlPath { get; }

    /// <summary>Compiles one of the two files and fails loudly on any diagnostic: a benchmark of a broken ruleset measures nothing.</summary>
    public Ruleset Compile(string path)
    {
        var result = RulesetCompiler.Compile(path, Folder);
        ThrowOnErrors(result.Diagnostics, path, includeWarnings: true);
        if (result.Ruleset!.Indicators.Length != Indicators)
        {
            throw new InvalidOperationException($"{path} compiled to {result.Ruleset.Indicators.Length} indicators, not {Indicators}.");
        }

        return result.Ruleset;
    }

    public static EvidencePack LoadPack(Ruleset ruleset, int indicators, int seed)
    {
        var diagnostics = new DiagnosticBag();
        var path = $"synthetic-{seed}.yaml";
        var pack = EvidencePacks.Parse(path, Encoding.UTF8.GetBytes(SyntheticEvidence.Yaml(indicators, seed)), ruleset, diagnostics);
        ThrowOnErrors(diagnostics.ToSortedArray(), path);
        return pack!;
    }

    public void Delete() => Directory.Delete(Folder, recursive: true);

    private static void ThrowOnErrors(IEnumerable<Diagnostic> diagnostics, string path, bool includeWarnings = false)
    {
        var shown = diagnostics.Where(d => includeWarnings || d.IsError).Select(d => d.ToString()).ToList();
        if (shown.Count > 0)
        {
            throw new InvalidOperationException($"{path}:{Environment.NewLine}{string.Join(Environment.NewLine, shown.Take(20))}");
        }
    }
}
