using SpmAudit.Language.Model;
using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

/// <summary>Functions written in the rule language: typed like built-ins, inlined, and shown in traces as a call with its result.</summary>
public sealed class RulesetFunctionTests
{
    private const string Functions = """
        parameter margin : percentage = 5%
        function close_to(a : number, b : number) : boolean = abs(a - b) <= margin
        function long_share(list : list of { hours: number }) : percentage = share(list, r => r.hours >= 8)
        function mostly_long(list : list of { hours: number }) : boolean = long_share(list) >= 50%
        """;

    private static Results.AuditResult Audit(string met, string evidence, string? partial = null) =>
        Run(Functions + $$"""

            standard S "S" { indicator I "I" { score { met when {{met}} {{(partial is null ? "" : "partial when " + partial)}} } } }
            """, evidence);

    [Theory]
    [InlineData("  n.share: 41%\n  x.big: 0.44\n", IndicatorStatus.Met)]
    [InlineData("  n.share: 41%\n  x.big: 0.47\n", IndicatorStatus.NotMet)]
    [InlineData("  n.share: 41%\n", IndicatorStatus.InsufficientEvidence)]
    public void A_function_gives_what_its_body_gives_for_the_arguments(string evidence, IndicatorStatus expected) =>
        Audit("close_to(n.share, x.big)", evidence).Status("I").ShouldBe(expected);

    [Fact]
    public void Functions_may_call_functions_and_take_any_list_with_the_fields_they_need() =>
        Audit("mostly_long(t.list)", "  t.list:\n    - { topic: a, hours: 12 }\n    - { topic: b, hours: 9 }\n    - { topic: c, hours: 2 }\n")
            .Status("I").ShouldBe(IndicatorStatus.Met);

    [Fact]
    public void The_trace_shows_the_call_its_arguments_and_its_result()
    {
        var result = Audit("close_to(n.share, x.big)", "  n.share: 41%\n  x.big: 0.5\n");
        var met = result.Indicators.Single().Trace!.Clauses.Single(c => c.Clause == "met").Value;
        met.Expression.ShouldBe("close_to(n.share, x.big)");
        met.Value.ShouldBe(false);
        met.Children.Select(c => c.Expression).ShouldBe(["n.share", "x.big"]);
    }

    [Fact]
    public void Fast_and_traced_runs_agree_on_functions()
    {
        const string evidence = "  t.list:\n    - { topic: a, hours: 4 }\n    - { topic: b, hours: 9 }\n";
        var traced = Audit("mostly_long(t.list)", evidence, partial: "long_share(t.list) >= 10%").Status("I");
        var fast = Run(Functions + """

            standard S "S" { indicator I "I" { score { met when mostly_long(t.list) partial when long_share(t.list) >= 10% } } }
            """, evidence, explain: false).Status("I");
        traced.ShouldBe(IndicatorStatus.Met);
        fast.ShouldBe(traced);
    }
}
