using System.Text.RegularExpressions;
using Scriban.Runtime;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Localization;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// The reasons a report prints are sentences: for every shipped ruleset and profile, every example
/// institution and every language, no reason carries rule syntax, an evidence key or a parameter name.
/// </summary>
public sealed partial class PlainReasonTests
{
    private static string Examples => Path.Combine(RepositoryPaths.Rulesets, "examples");

    public static TheoryData<string> Rulesets() => ShippedRulesets.Relative(ShippedRulesets.ReadingSharedDictionary().Concat(ShippedRulesets.Profiles()));

    [Theory]
    [MemberData(nameof(Rulesets))]
    public void Reasons_of_every_shipped_indicator_read_as_sentences(string ruleset)
    {
        var checkedReasons = 0;
        foreach (var pack in PacksFor(ruleset))
        {
            var outcome = Auditor.Audit(Path.Combine(RepositoryPaths.Rulesets, ruleset), pack, RepositoryPaths.Root, trustScripts: true);
            outcome.Result.ShouldNotBeNull();
            var codes = Codes(outcome.Result);
            foreach (var language in ReportLabels.Languages)
            {
                foreach (var (id, reason) in Reasons(outcome.Result, language))
                {
                    var where = $"{ruleset}, {Path.GetFileName(pack)}, {language}, {id}: {reason}";
                    reason.ShouldNotBeNullOrWhiteSpace(where);
                    RuleSyntax().Matches(reason).Select(m => m.Value).ShouldBeEmpty(where);
                    codes.Where(c => reason.Contains(c, StringComparison.Ordinal)).ShouldBeEmpty(where);
                    Identifier().Matches(reason).Select(m => m.Value).ShouldBeEmpty(where);
                    checkedReasons++;
                }
            }
        }

        checkedReasons.ShouldBeGreaterThan(100);
    }

    /// <summary>The shared example packs, and those written for this ruleset alone (rulesets/examples/&lt;its folder&gt;/).</summary>
    private static IEnumerable<string> PacksFor(string ruleset)
    {
        var own = Path.Combine(Examples, ruleset.Split('/')[0]);
        var packs = Directory.GetFiles(Examples, "*.yaml").Concat(Directory.Exists(own) ? Directory.GetFiles(own, "*.yaml") : []);
        return packs.Order(StringComparer.Ordinal);
    }

    [Fact]
    public void A_partly_met_share_reads_with_its_value_and_both_thresholds()
    {
        var reasons = Reasons(Audit("credito-rapido"), "en").ToDictionary();

        reasons["4.E.1.2"].ShouldBe("Partially met: “Of the clients interviewed, what share knew how to make a complaint outside their loan officer?” 41% (met with at least 70%; partially met with at least 35%).");
        reasons["4.A.1.1"].ShouldBe("Partially met: “In how many of the reviewed files was a documented analysis of repayment capacity found?” 45 of 60 (75%) (met with at least 90%; partially met with at least 70%).");
        reasons["1.A.1.4"].ShouldBe("Partially met: “On what date did the board or management last review progress against the social strategy?” 28 November 2023, 764 days before 31 December 2025 (met with at most 365 days).");
    }

    [Fact]
    public void French_and_spanish_reasons_use_their_own_words_numbers_and_dates()
    {
        var french = Reasons(Audit("credito-rapido"), "fr").ToDictionary();
        var spanish = Reasons(Audit("credito-rapido"), "es").ToDictionary();

        french["4.E.1.2"].ShouldStartWith("Partiellement atteint : «\u00a0");
        french["4.E.1.2"].ShouldEndWith("41\u202f% (atteint avec au moins 70\u202f% ; partiellement atteint avec au moins 35\u202f%).");
        french["1.A.1.4"].ShouldContain("28 novembre 2023, soit 764 jours avant le 31 décembre 2025");
        spanish["1.A.2.5"].ShouldContain("105.700 de 182.300 (57,98\u00a0%)");
        spanish["1.A.2.2"].ShouldStartWith("No cumplido: «");
    }

    [Fact]
    public void Missing_evidence_is_named_by_its_question()
    {
        var reasons = Reasons(Audit("harvest-coop"), "en").ToDictionary();

        reasons["1.B.1.2"].ShouldBe("Not enough evidence: no answer to “How does the institution measure the poverty level of its clients: the PPI, another validated tool, a tool of its own or proxies only, or not at all?” and “What share of new clients in the period had their poverty level measured at entry?”.");
    }

    private static AuditResult Audit(string pack)
    {
        var outcome = Auditor.Audit(Path.Combine(RepositoryPaths.Rulesets, "universal-standards", "universal-standards.spm"), Path.Combine(Examples, pack + ".yaml"), RepositoryPaths.Root);
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Result!;
    }

    private static IEnumerable<(string Id, string Reason)> Reasons(AuditResult result, string language) =>
        ((ScriptArray)ReportModel.Create(result, language)["indicators"]!).OfType<ScriptObject>()
            .Select(i => ((string)i["id"]!, i["plain_reason"] as string ?? ""));

    /// <summary>Every evidence key and parameter name of the ruleset: none may show in a sentence.</summary>
    private static List<string> Codes(AuditResult result) =>
        [.. result.Ruleset.Evidence.Select(e => e.Key), .. result.Ruleset.Parameters.Select(p => p.Name).Where(n => n.Contains('_', StringComparison.Ordinal))];

    /// <summary>Operators and the technical reason's phrases.</summary>
    [GeneratedRegex(@">=|<=|==|!=|=>|\bis (?:false|true)\b|'met'|'partial'|\brule holds\b|\b(?:and|or|not)\(")]
    private static partial Regex RuleSyntax();

    /// <summary>A name written with underscores or dots between lower-case words (min_sample_share, goals.objectives).</summary>
    [GeneratedRegex(@"\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]+\.[a-z_]+\b")]
    private static partial Regex Identifier();
}
