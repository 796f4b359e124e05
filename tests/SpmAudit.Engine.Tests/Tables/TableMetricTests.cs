using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>
/// Every metric of the shipped data-outreach ruleset, computed by DuckDB from the committed example
/// data, equals the same figure computed here in plain C# from the rows (a second computation, not the SQL).
/// </summary>
public sealed class TableMetricTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 12, 31);

    public static TheoryData<string> Institutions() => ["sahel-solidarity-finance", "andes-progreso"];

    private static Ruleset Ruleset()
    {
        var compiled = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "data-outreach", "data-outreach.spm"));
        compiled.Success.ShouldBeTrue(string.Join("\n", compiled.Diagnostics));
        return compiled.Ruleset!;
    }

    private static (EvidencePack Pack, LoanRecords Rows, Ruleset Ruleset) Load(string institution)
    {
        var (pack, rows, ruleset, _) = LoadWithDiagnostics(institution);
        return (pack, rows, ruleset);
    }

    private static (EvidencePack Pack, LoanRecords Rows, Ruleset Ruleset, DiagnosticBag Diagnostics) LoadWithDiagnostics(string institution)
    {
        var folder = RepositoryPaths.Combine("rulesets", "examples", "data", institution);
        var ruleset = Ruleset();
        var diagnostics = new DiagnosticBag();
        var pack = EvidencePacks.Load(Path.Combine(folder, "pack.yaml"), ruleset, diagnostics);
        pack.ShouldNotBeNull(string.Join("\n", diagnostics));
        return (pack, LoanRecords.Read(folder), ruleset, diagnostics);
    }

    private static double Figure(EvidencePack pack, string key) => (double)pack.Find(key)!.Value!;

    [Theory]
    [MemberData(nameof(Institutions))]
    public void Outreach_shares_equal_a_count_over_the_rows(string institution)
    {
        var (pack, rows, _) = Load(institution);
        var clients = rows.Clients.ToDictionary(c => c["client_id"]);
        var active = rows.Loans.Where(l => l["status"] == "active").ToList();

        // Borrowers, not loans: a client with two loans outstanding counts once.
        var borrowers = active.Select(l => l["client_id"]).Distinct().ToList();
        borrowers.Count.ShouldBeLessThan(active.Count, "the example data has clients with more than one loan outstanding");
        Figure(pack, "metric.active_clients").ShouldBe(borrowers.Count);
        Figure(pack, "metric.women_share").ShouldBe((double)borrowers.Count(c => clients[c]["gender"] == "female") / borrowers.Count, 1e-12);
        Figure(pack, "metric.rural_share").ShouldBe((double)borrowers.Count(c => clients[c]["area"] == "rural") / borrowers.Count, 1e-12);
    }

    [Theory]
    [MemberData(nameof(Institutions))]
    public void Portfolio_figures_equal_sums_over_the_rows(string institution)
    {
        var (pack, rows, _) = Load(institution);
        static double Par30(IEnumerable<Dictionary<string, string>> loans) =>
            loans.Where(l => LoanRecords.Number(l["days_late"]) > 30).Sum(l => LoanRecords.Number(l["outstanding"])) / loans.Sum(l => LoanRecords.Number(l["outstanding"]));
        var active = rows.Loans.Where(l => l["status"] == "active").ToList();
        Figure(pack, "metric.par30").ShouldBe(Par30(active), 1e-9);

        var byBranch = (IReadOnlyList<object?[]>)pack.Find("metric.par30_by_branch")!.Value!;
        var expected = active.GroupBy(l => l["branch"]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Par30(g))).ToList();
        byBranch.Select(r => ((string)r[0]!, (double)r[1]!)).Select(r => r.Item1).ShouldBe(expected.Select(e => e.Key));
        foreach (var (record, (_, par)) in byBranch.Zip(expected))
        {
            ((double)record[1]!).ShouldBe(par, 1e-9);
        }

        var ended = rows.Loans.Where(l => LoanRecords.Date(l["maturity_on"]) is var m && m >= Start && m <= End).ToList();
        Figure(pack, "metric.write_off_rate").ShouldBe(ended.Where(l => l["status"] == "written_off").Sum(l => LoanRecords.Number(l["amount"])) / ended.Sum(l => LoanRecords.Number(l["amount"])), 1e-9);

        var first = rows.Loans.Where(l => l["cycle"] == "1").Select(l => LoanRecords.Number(l["amount"])).Order().ToList();
        var median = first.Count % 2 == 1 ? first[first.Count / 2] : (first[(first.Count / 2) - 1] + first[first.Count / 2]) / 2;
        Figure(pack, "metric.median_first_loan").ShouldBe(median, 1e-9);
    }

    [Theory]
    [MemberData(nameof(Institutions))]
    public void Drop_out_by_cycle_equals_the_share_of_clients_who_left(string institution)
    {
        var (pack, rows, _) = Load(institution);
        var atStart = rows.Clients.Where(c => LoanRecords.Date(c["entered_on"]) < Start && (c["exited_on"] == "" || LoanRecords.Date(c["exited_on"]) >= Start)).ToList();
        static double Left(IEnumerable<Dictionary<string, string>> clients) =>
            clients.Average(c => c["exited_on"] != "" && LoanRecords.Date(c["exited_on"]) <= End ? 1.0 : 0.0);

        var byCycle = (IReadOnlyList<object?[]>)pack.Find("metric.dropout_by_cycle")!.Value!;
        var expected = atStart.GroupBy(c => int.Parse(c["last_cycle"], System.Globalization.CultureInfo.InvariantCulture)).OrderBy(g => g.Key).ToList();
        byCycle.Count.ShouldBe(expected.Count);
        foreach (var (record, group) in byCycle.Zip(expected))
        {
            ((double)record[0]!).ShouldBe(group.Key);
            ((double)record[1]!).ShouldBe(Left(group), 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Institutions))]
    public void Poverty_rates_are_the_mean_of_each_clients_likelihood(string institution)
    {
        var (pack, rows, ruleset) = Load(institution);
        var card = ruleset.Scorecards.Single();
        double? Likelihood(Dictionary<string, string> client, string line)
        {
            var points = card.Questions.Select(q => q.Answers.FirstOrDefault(a => a.Answer == client[q.Column])?.PointsFor(line)).ToList();
            return points.Any(p => p is null) ? null : card.Likelihood(line, points.Sum(p => p!.Value));
        }

        Figure(pack, "metric.poverty_rate_national").ShouldBe(rows.Clients.Select(c => Likelihood(c, "national")).OfType<double>().Average(), 1e-12);
        Figure(pack, "metric.poverty_rate_extreme_rural").ShouldBe(rows.Clients.Where(c => c["area"] == "rural").Select(c => Likelihood(c, "extreme")).OfType<double>().Average(), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Institutions))]
    public void Movement_between_rounds_is_the_mean_of_each_paired_clients_change_in_likelihood(string institution)
    {
        var (pack, rows, ruleset, diagnostics) = LoadWithDiagnostics(institution);
        var card = ruleset.Scorecards.Single();
        double Likelihood(Dictionary<string, string> answers) =>
            card.Likelihood("national", card.Questions.Sum(q => q.Answers.Single(a => a.Answer == answers[q.Column]).PointsFor("national")))!.Value;
        var first = rows.Rounds.Where(r => r["round"] == "1").ToDictionary(r => r["client_id"]);
        var second = rows.Rounds.Where(r => r["round"] == "2").ToDictionary(r => r["client_id"]);
        var pairs = first.Keys.Where(second.ContainsKey).Select(c => (Client: c, Before: Likelihood(first[c]), After: Likelihood(second[c]))).ToList();
        var area = rows.Clients.ToDictionary(c => c["client_id"], c => c["area"]);

        Figure(pack, "metric.poverty_change_national").ShouldBe(pairs.Average(p => p.After - p.Before), 1e-12);
        var poor = pairs.Where(p => p.Before >= 0.5).ToList();
        Figure(pack, "metric.left_poverty_national").ShouldBe((double)poor.Count(p => p.After < 0.5) / poor.Count, 1e-12);
        var byArea = (IReadOnlyList<object?[]>)pack.Find("metric.poverty_change_by_area")!.Value!;
        byArea.Select(r => (string)r[0]!).ShouldBe(["rural", "urban"]);
        foreach (var record in byArea)
        {
            ((double)record[1]!).ShouldBe(pairs.Where(p => area[p.Client] == (string)record[0]!).Average(p => p.After - p.Before), 1e-12);
        }

        // Clients in one round only are counted, once per metric, never silently dropped.
        var (onlyFirst, onlySecond) = (first.Keys.Count(c => !second.ContainsKey(c)), second.Keys.Count(c => !first.ContainsKey(c)));
        onlyFirst.ShouldBeGreaterThan(0);
        onlySecond.ShouldBeGreaterThan(0);
        var warnings = diagnostics.ToSortedArray().Where(d => d.Code == "SPM4770").ToList();
        warnings.Count.ShouldBe(3);
        warnings.ShouldAllBe(w => w.Message.Contains($"{onlyFirst:N0} row(s) of round 1 and {onlySecond:N0} of round 2") && w.Message.Contains($"the {pairs.Count:N0} pair(s)"));
    }

    [Fact]
    public void Each_metric_carries_its_sql_and_the_fingerprints_of_the_files_it_read()
    {
        var (pack, rows, ruleset) = Load("andes-progreso");
        foreach (var metric in ruleset.Metrics)
        {
            var computed = pack.Find(metric.Key)!.Computed.ShouldNotBeNull();
            computed.Sql.ShouldStartWith("SELECT ");
            computed.Files.ShouldContain(f => f.Table == metric.From.Name && f.Sha256.Length == 64);
        }

        pack.Find("metric.par30")!.Computed!.Files.Single().Rows.ShouldBe(rows.Loans.Count);
    }
}
