using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests.Tables;

/// <summary>A group's poverty rate is the mean of its members' likelihoods, not the likelihood of their mean score.</summary>
public sealed class ScorecardTests
{
    [Fact]
    public void Poverty_rate_is_the_mean_of_likelihoods_not_the_likelihood_of_the_mean_score()
    {
        // The card of the data golden cases: scores 0..9 → 80%, 10..19 → 40%, 20 → 10%.
        var source = RepositoryPaths.Combine("tests", "SpmAudit.Engine.Tests", "Cases", "Evidence", "4700-data-valid");
        var folder = Directory.CreateTempSubdirectory("spm-scorecard-").FullName;
        try
        {
            File.Copy(Path.Combine(source, "loans.csv"), Path.Combine(folder, "loans.csv"));
            File.Copy(Path.Combine(source, "evidence.yaml"), Path.Combine(folder, "evidence.yaml"));
            // One client scores 0 (thatch, wood), the other 20 (metal, gas); the third is left out of the loans' clients below.
            File.WriteAllText(Path.Combine(folder, "clients.csv"), "client_id,gender,entered_on,exited_on,q_roof,q_fuel\nc1,female,2024-01-10,,metal,gas\nc2,male,2024-03-01,,thatch,wood\nc3,female,2023-05-05,,metal,gas\n");
            var ruleset = RulesetCompiler.Compile(Path.Combine(source, "ruleset.spm")).Ruleset!;
            var card = ruleset.Scorecards.Single();
            var diagnostics = new DiagnosticBag();

            var pack = EvidencePacks.Load(Path.Combine(folder, "evidence.yaml"), ruleset, diagnostics).ShouldNotBeNull(string.Join("\n", diagnostics));

            double[] scores = [20, 0, 20];
            var meanOfLikelihoods = scores.Average(s => card.Likelihood("national", (int)s)!.Value);
            var likelihoodOfMean = card.Likelihood("national", (int)Math.Round(scores.Average()))!.Value;
            meanOfLikelihoods.ShouldBe(1.0 / 3, 1e-12);
            likelihoodOfMean.ShouldBe(0.4);
            ((double)pack.Find("metric.poverty")!.Value!).ShouldBe(meanOfLikelihoods, 1e-12);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
