using System.Collections.Immutable;
using System.IO.Compression;
using CsCheck;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Reading;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Scripting;
using SpmAudit.Reporting.Questionnaire;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests.Fuzzing;

/// <summary>What one input did: accepted, or rejected with these diagnostics.</summary>
internal sealed record Verdict(bool Accepted, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>A front end under fuzzing: its seeds (valid inputs, and the golden cases' invalid ones) and how one input is run through it.</summary>
internal sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Func<byte[], Verdict> Run, Func<Gen<byte[]>>? Inputs = null)
{
    /// <summary>Inputs of the short run in every test run; a slow front end (a full audit per input) gets fewer.</summary>
    public int ShortRun { get; init; } = 1_000;

    public Gen<byte[]> Generator => Inputs?.Invoke() ?? Mutator.Inputs(Seeds);
}

/// <summary>Every input format SpmAudit reads, as fuzz targets. An accepted ruleset is also audited, so the engine sees what the compiler lets through.</summary>
internal static class FuzzTargets
{
    private const int MaxSeedBytes = 16 * 1024;

    public static FuzzTarget Named(string name) => name switch
    {
        "dsl" => Ruleset("dsl", "ruleset.spm", Seeds("*.spm")),
        "yaml-ruleset" => Ruleset("yaml-ruleset", "ruleset.yaml", Seeds("ruleset.yaml")),
        "profile" => Profile(),
        "evidence-yaml" => Evidence("evidence-yaml", ".yaml", [.. Directory.GetFiles(RepositoryPaths.Combine("rulesets", "examples"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)]),
        "evidence-csv" => Evidence("evidence-csv", ".csv", [File.ReadAllBytes(RepositoryPaths.Combine("rulesets", "examples", "sahel-solidarity-finance.csv")), .. Seeds("*.csv")]) with { ShortRun = 300 },
        "evidence-xlsx" => Workbook(),
        _ => throw new ArgumentException($"No fuzz target '{name}'.", nameof(name)),
    };

    public static IReadOnlyList<string> Names { get; } = ["dsl", "yaml-ruleset", "profile", "evidence-yaml", "evidence-csv", "evidence-xlsx"];

    /// <summary>Small files of the golden cases matching <paramref name="pattern"/>: valid and invalid inputs the suite already knows.</summary>
    private static List<byte[]> Seeds(string pattern) =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Combine("tests"), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && new FileInfo(f).Length <= MaxSeedBytes)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)];

    private static FuzzTarget Ruleset(string name, string file, List<byte[]> seeds) => new(name, seeds, input =>
    {
        // As the command line does by default: a ruleset with C# functions is refused unless trusted (SPM3820).
        var compilation = ScriptTrust.Apply(RulesetCompiler.Compile(new MemoryStore(new Dictionary<string, byte[]> { [file] = input }), "/" + file), trustScripts: false);
        if (compilation.Success)
        {
            AuditEmpty(compilation.Ruleset!);
        }

        return new Verdict(compilation.Success, compilation.Diagnostics);
    });

    /// <summary>A profile replaces a shipped one, in the shipped tree, so its base and imports resolve.</summary>
    private static FuzzTarget Profile()
    {
        var tree = MemoryStore.Folder(RepositoryPaths.Combine("rulesets"));
        var seeds = tree.Where(f => f.Key.StartsWith("profiles/", StringComparison.Ordinal) && f.Key.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        return new FuzzTarget("profile", seeds, input =>
        {
            var files = new Dictionary<string, byte[]>(tree, StringComparer.Ordinal) { ["profiles/fuzz.yaml"] = input };
            var compilation = ScriptTrust.Apply(RulesetCompiler.Compile(new MemoryStore(files), "/profiles/fuzz.yaml"), trustScripts: false);
            return new Verdict(compilation.Success, compilation.Diagnostics);
        });
    }

    private static FuzzTarget Evidence(string name, string extension, List<byte[]> seeds)
    {
        var compiled = CompiledRuleset.Create(Compile(RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm")));
        var reader = EvidenceReaders.For("x" + extension)!;
        return new FuzzTarget(name, seeds, input => AuditBytes(compiled, "fuzz" + extension, input, reader));
    }

    /// <summary>Workbooks are zips: most mutations change one part inside a well-formed zip, so the reader's sheet and cell checks are reached.</summary>
    private static FuzzTarget Workbook()
    {
        var ruleset = Compile(Path.Combine(SampleAudit.Folder, "ruleset.spm"));
        var compiled = CompiledRuleset.Create(ruleset);
        using var filler = new WorkbookFiller(QuestionnaireWorkbook.Write(QuestionnairePlan.Build(ruleset, "en")));
        var seed = filler.FillFrom(Path.Combine(SampleAudit.Folder, "evidence.yaml"), ruleset).Save();
        var parts = Parts(seed);
        var reader = EvidenceReaders.For("x.xlsx")!;
        var partSeeds = parts.Values.ToList();
        return new FuzzTarget("evidence-xlsx", [seed], input => AuditBytes(compiled, "fuzz.xlsx", input, reader), () =>
            Gen.Frequency(
                (1, Mutator.Inputs([seed])),
                (4, Gen.Select(Gen.Int[0, parts.Count - 1], Mutator.Inputs(partSeeds)).Select((part, bytes) => Zip(parts, parts.Keys.ElementAt(part), bytes)))));
    }

    private static SortedDictionary<string, byte[]> Parts(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }

        return parts;
    }

    private static byte[] Zip(SortedDictionary<string, byte[]> parts, string replaced, byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(name == replaced ? bytes : content);
            }
        }

        return output.ToArray();
    }

    private static Verdict AuditBytes(CompiledRuleset compiled, string path, byte[] input, IEvidenceReader reader)
    {
        var diagnostics = new DiagnosticBag();
        if (EvidenceFileReader.Read(path, input, reader, diagnostics) is { } read
            && EvidenceBinder.Bind(read.Document, read.Sha256, compiled.Ruleset, diagnostics) is { } pack
            && !diagnostics.HasErrors)
        {
            AuditPipeline.Audit(compiled, pack, [], explain: true);
            return new Verdict(true, diagnostics.ToSortedArray());
        }

        return new Verdict(false, diagnostics.ToSortedArray());
    }

    private static readonly byte[] EmptyPack = "institution: { id: fuzz, name: Fuzz }\nassessment: self-assessment\nevidence: {}\n"u8.ToArray();

    /// <summary>An accepted ruleset audited against a pack with no evidence: every rule meets missing values.</summary>
    private static void AuditEmpty(Ruleset ruleset)
    {
        var diagnostics = new DiagnosticBag();
        var read = EvidenceFileReader.Read("empty.yaml", EmptyPack, EvidenceReaders.For("x.yaml")!, diagnostics)!;
        if (EvidenceBinder.Bind(read.Document, read.Sha256, ruleset, diagnostics) is { } pack)
        {
            var compiled = CompiledRuleset.Create(ruleset);
            AuditPipeline.Audit(compiled, pack, [], explain: true);
        }
    }

    private static Ruleset Compile(string path)
    {
        var compilation = RulesetCompiler.Compile(path);
        compilation.Success.ShouldBeTrue(string.Join("\n", compilation.Diagnostics));
        return compilation.Ruleset!;
    }
}
