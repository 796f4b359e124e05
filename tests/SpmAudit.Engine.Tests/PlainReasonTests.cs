using SpmAudit.Engine.Explanation;
using SpmAudit.Engine.Results;
using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

/// <summary>The plain reason is data read off the trace: what decided the status, its value and what the rule asks.</summary>
public sealed class PlainReasonTests
{
    private static PlainReason Reason(AuditResult result, string id = "I") =>
        PlainReasonWriter.Write(result.Indicators.Single(i => i.Node.Id == id).Trace!);

    [Fact]
    public void A_failed_threshold_names_the_evidence_its_value_and_the_threshold()
    {
        var reason = Reason(OneResult("n.share >= 70%", "  n.share: 41%\n", partial: "n.share >= 35%"));

        reason.Code.ShouldBe("partial");
        var fact = reason.Facts.ShouldHaveSingleItem();
        fact.Code.ShouldBe("compare");
        fact.Subject.ShouldBe(new ReasonSubject("evidence", "n.share", null));
        fact.Value.ShouldBe(new ReasonValue("percentage", 0.41));
        fact.Operator.ShouldBe("at_least");
        fact.Threshold.ShouldBe(new ReasonValue("percentage", 0.7));
        fact.Holds.ShouldBeFalse();
        reason.Fallback.ShouldHaveSingleItem().Threshold.ShouldBe(new ReasonValue("percentage", 0.35));
    }

    [Fact]
    public void A_literal_on_the_left_is_turned_around_so_the_evidence_is_the_subject()
    {
        var fact = Reason(OneResult("10 < n.total", "  n.total: 4\n")).Facts.ShouldHaveSingleItem();

        fact.Subject.Key.ShouldBe("n.total");
        fact.Operator.ShouldBe("above");
        fact.Threshold.ShouldBe(new ReasonValue("integer", 10.0));
    }

    [Fact]
    public void A_false_and_is_explained_by_its_false_operands_only()
    {
        var reason = Reason(OneResult("a.flag and b.flag and n.total >= 3", "  a.flag: true\n  b.flag: false\n  n.total: 1\n"));

        reason.Code.ShouldBe("not_met");
        reason.Facts.Select(f => f.Subject.Key).ShouldBe(["b.flag", "n.total"]);
        reason.Facts[0].Threshold.ShouldBe(new ReasonValue("boolean", true));
    }

    [Fact]
    public void Under_not_the_requirement_is_turned_around()
    {
        var reason = Reason(OneResult("not (n.total > 5)", "  n.total: 9\n"));

        var fact = reason.Facts.ShouldHaveSingleItem();
        fact.Operator.ShouldBe("at_most");
        fact.Holds.ShouldBeFalse();
    }

    [Fact]
    public void A_met_rule_lists_what_made_it_hold()
    {
        var reason = Reason(OneResult("a.flag or n.total >= 3", "  a.flag: false\n  n.total: 5\n"));

        reason.Code.ShouldBe("met");
        var fact = reason.Facts.ShouldHaveSingleItem();
        fact.Subject.Key.ShouldBe("n.total");
        fact.Holds.ShouldBeTrue();
    }

    [Fact]
    public void A_ratio_is_said_with_its_part_and_whole()
    {
        var fact = Reason(OneResult("ratio(n.part, n.total) >= 90%", "  n.part: 45\n  n.total: 60\n")).Facts.ShouldHaveSingleItem();

        fact.Subject.Key.ShouldBe("n.part");
        fact.Value.ShouldBe(new ReasonValue("percentage", 0.75));
        fact.BasisCode.ShouldBe("of");
        fact.Basis.ShouldBe([new ReasonValue("integer", 45.0), new ReasonValue("integer", 60.0)]);
    }

    [Fact]
    public void Days_between_two_dates_are_days_and_so_is_their_limit()
    {
        var fact = Reason(OneResult("days_between(d.start, d.end) <= 365", "  d.start: 2023-11-28\n  d.end: 2025-12-31\n")).Facts.ShouldHaveSingleItem();

        fact.Subject.Key.ShouldBe("d.start");
        fact.Value.ShouldBe(new ReasonValue("days", 764.0));
        fact.Threshold.ShouldBe(new ReasonValue("days", 365.0));
        fact.BasisCode.ShouldBe("between");
        fact.Basis.ShouldBe([new ReasonValue("date", "2023-11-28"), new ReasonValue("date", "2025-12-31")]);
    }

    [Fact]
    public void A_count_of_records_says_how_many_matched_out_of_how_many()
    {
        var fact = Reason(OneResult("count(t.list, r => r.hours >= 8) >= 2", "  t.list: [{ topic: a, hours: 12 }, { topic: b, hours: 4 }]\n")).Facts.ShouldHaveSingleItem();

        fact.Subject.Key.ShouldBe("t.list");
        fact.BasisCode.ShouldBe("records");
        fact.Basis.ShouldBe([new ReasonValue("integer", 1.0), new ReasonValue("records", 2.0)]);
    }

    [Fact]
    public void An_ordinal_rule_names_the_level_reached_and_the_top_level()
    {
        var result = Run("""standard S "S" { indicator I "I" { score { 3 when n.total >= 30  2 when n.total >= 20  1 when n.total >= 10 } } }""", "  n.total: 22\n");

        var reason = Reason(result);

        reason.Code.ShouldBe("level");
        reason.Level.ShouldBe(2);
        reason.TopLevel.ShouldBe(3);
        reason.Facts.ShouldHaveSingleItem().Threshold.ShouldBe(new ReasonValue("integer", 30.0));
        reason.Fallback.ShouldHaveSingleItem().Threshold.ShouldBe(new ReasonValue("integer", 20.0));
    }

    [Fact]
    public void Missing_evidence_is_listed_by_item()
    {
        var reason = Reason(OneResult("a.flag and n.total >= 3", "  a.flag: true\n"));

        reason.Code.ShouldBe("missing");
        reason.Facts.ShouldHaveSingleItem().Subject.Key.ShouldBe("n.total");
    }

    [Fact]
    public void A_division_by_zero_is_a_computation_without_a_value_with_its_cause()
    {
        var reason = Reason(OneResult("ratio(n.part, n.total) >= 50%", "  n.part: 0\n  n.total: 0\n"));

        reason.Code.ShouldBe("no_value");
        reason.Facts.ShouldHaveSingleItem().Cause.ShouldBe("division_by_zero");
    }

    [Fact]
    public void A_choice_in_a_list_of_alternatives_names_them()
    {
        var fact = Reason(OneResult("m.level in [specific, general]", "  m.level: none\n")).Facts.ShouldHaveSingleItem();

        fact.Operator.ShouldBe("one_of");
        fact.Choices.ShouldBe([new ReasonValue("choice", "specific"), new ReasonValue("choice", "general")]);
        fact.Value.ShouldBe(new ReasonValue("choice", "none"));
    }

    [Fact]
    public void Not_applicable_names_the_condition_that_failed()
    {
        var reason = Reason(OneResult("n.total >= 1", "  a.flag: false\n", applies: "a.flag"));

        reason.Code.ShouldBe("not_applicable");
        reason.Facts.ShouldHaveSingleItem().Subject.Key.ShouldBe("a.flag");
    }

    [Fact]
    public void A_list_figure_records_what_the_rule_computed_from_the_list()
    {
        var result = OneResult("sum(t.list, r => r.hours) >= 20", "  t.list: [{ topic: a, hours: 12 }, { topic: b, hours: 4 }]\n");

        var figures = ListFigures.Of(result.Indicators.Single().Trace!);

        figures["t.list"].ShouldBe([new ListFigures.Figure("sum", "hours", false, new ReasonValue("number", 16.0))]);
    }
}
