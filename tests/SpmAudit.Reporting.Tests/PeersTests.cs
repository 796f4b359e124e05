using System.Text.Json;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Batch;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Reporting.Batch;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Peers;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// An institution against the batch results of the example packs (<c>--peers</c>): the quartiles,
/// median and rank per top-level node and overall, checked against a computation of their own from
/// the JSON lines, written here without the product's code.
/// </summary>
public sealed class PeersTests : IDisposable
{
    private const string Self = "swift-cash-finance";

    private readonly string _folder = Directory.CreateTempSubdirectory("spm-peers-").FullName;

    private static string Examples => Path.Combine(RepositoryPaths.Rulesets, "examples");

    private static string UniversalStandards => Path.Combine(RepositoryPaths.Rulesets, "universal-standards", "universal-standards.spm");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Quartiles_median_and_rank_match_an_independent_computation_from_the_batch_lines()
    {
        var results = WriteBatch();
        var result = Audit(Self);

        var comparison = Compare(result, results);

        var lines = File.ReadAllLines(results).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var peers = lines.Where(l => l.GetProperty("institution").GetString() != result.Pack.Institution.Id).ToList();
        comparison.Peers.ShouldBe(peers.Count);
        Check(comparison.Overall, result.Score!.Value, [.. peers.Select(p => p.GetProperty("score").GetDouble())]);
        foreach (var node in result.Nodes)
        {
            var measure = comparison.Nodes.Single(n => n.Id == node.Node.Id);
            Check(measure, node.Score!.Value, [.. peers.Select(p => p.GetProperty("scores").GetProperty(node.Node.Id).GetDouble())]);
        }
    }

    [Fact]
    public void The_institution_itself_and_its_other_years_are_not_its_own_peers()
    {
        var comparison = Compare(Audit("andes-progreso-2025"), WriteBatch());

        // Eight packs, three of them Andes Progreso's own yearly assessments.
        comparison.Peers.ShouldBe(5);
        comparison.Overall.Of.ShouldBe(6);
    }

    [Fact]
    public void Board_and_json_show_the_peer_figures()
    {
        var result = Audit(Self);
        var comparison = Compare(result, WriteBatch());
        var options = new ReportOptions(Language: "fr", Kind: ReportKinds.Board) { Extras = new Document.ReportExtras { Peers = comparison } };

        var board = ReportRenderer.Render(result, "board.html.sbn", options).Text!;
        var full = ReportRenderer.Render(result, "audit.html.sbn", options with { Kind = ReportKinds.Full }).Text!;
        var json = System.Text.Encoding.UTF8.GetString(ReportFormats.Find("json")!.Render(result, options).Bytes!);

        board.ShouldContain("<th class=\"num\">Médiane des pairs</th>", Case.Sensitive, "the board gives each dimension's peer median");
        board.ShouldContain("class=\"peer-median\"", Case.Sensitive, "the chart marks the median and the middle half");
        board.ShouldContain($"{comparison.Overall.Rank} sur {comparison.Overall.Of}");
        full.ShouldContain("""<table class="figures" id="peer-table">""", Case.Sensitive, "the full report lists the quartiles");
        full.ShouldContain("<th class=\"num\">Premier quartile</th>");
        using var document = JsonDocument.Parse(json);
        var overall = document.RootElement.GetProperty("peers").GetProperty("overall");
        overall.GetProperty("median").GetDouble().ShouldBe(Math.Round(comparison.Overall.Peers!.Median, 2), 1e-9);
        overall.GetProperty("rank").GetInt32().ShouldBe(comparison.Overall.Rank!.Value);
    }

    /// <summary>
    /// Quartiles as a spreadsheet's QUARTILE.INC computes them: for the k-th quartile of n sorted
    /// values, take the value at 1-based rank 1 + k(n - 1)/4 and interpolate towards the next one.
    /// The rank counts the peers with a higher score.
    /// </summary>
    private static void Check(PeerMeasure measure, double own, double[] peers)
    {
        Array.Sort(peers);
        double Quartile(int k)
        {
            var rank = 1 + (k * (peers.Length - 1) / 4.0);
            var whole = (int)rank;
            var next = Math.Min(whole + 1, peers.Length);
            return peers[whole - 1] + ((rank - whole) * (peers[next - 1] - peers[whole - 1]));
        }

        var statistics = measure.Peers.ShouldNotBeNull();
        statistics.Count.ShouldBe(peers.Length);
        statistics.Min.ShouldBe(peers[0], 1e-9);
        statistics.Q1.ShouldBe(Quartile(1), 1e-9);
        statistics.Median.ShouldBe(Quartile(2), 1e-9);
        statistics.Q3.ShouldBe(Quartile(3), 1e-9);
        statistics.Max.ShouldBe(peers[^1], 1e-9);
        measure.Score.ShouldBe(own);
        measure.Rank.ShouldBe(1 + peers.Count(p => p > own + 1e-9));
        measure.Of.ShouldBe(peers.Length + 1);
    }

    private string WriteBatch()
    {
        var compilation = RulesetCompiler.Compile(UniversalStandards, RepositoryPaths.Root);
        var compiled = CompiledRuleset.Create(compilation.Ruleset!);
        var packs = Directory.GetFiles(Examples, "*.yaml").Order(StringComparer.Ordinal);
        var path = Path.Combine(_folder, "results.jsonl");
        File.WriteAllLines(path, new BatchAuditor(compiled, [], parallelism: 2).Run(packs).Select(BatchLineWriter.Write));
        return path;
    }

    private static AuditResult Audit(string pack)
    {
        var outcome = Auditor.Audit(UniversalStandards, Path.Combine(Examples, pack + ".yaml"), RepositoryPaths.Root);
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Result!;
    }

    private static PeerComparison Compare(AuditResult result, string path)
    {
        var diagnostics = new DiagnosticBag();
        var batch = BatchResultsReader.Read(path, "results.jsonl", diagnostics).ShouldNotBeNull();
        var comparison = PeerComparer.Compare(result, batch, "results.jsonl", diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return comparison.ShouldNotBeNull();
    }
}
