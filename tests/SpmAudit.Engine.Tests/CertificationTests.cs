using static SpmAudit.Engine.Tests.InlineAudit;

namespace SpmAudit.Engine.Tests;

public sealed class CertificationTests
{
    private const string Nodes = """
        standard S1 "One" { indicator A "A" { score { met when a.flag } } }
        standard S2 "Two" {
          indicator B "B" { score { met when b.flag } }
          indicator C "C" { applies when n.total > 100 score { met when a.flag } }
        }
        certification cert "Certified" valid 3 years {
          pass when every standard is met
        }
        certification tiers "Tier" valid 2 years {
          tier "gold" when every standard is met and score >= 95
          tier "bronze" when all of [A] are met
        }
        """;

    [Fact]
    public void Certification_passes_when_every_standard_is_met_and_is_valid_for_its_years()
    {
        var result = Run(Nodes, "  a.flag: true\n  b.flag: true\n  n.total: 5\n", assessed: "2026-03-01");

        var certification = result.Certifications[0];
        certification.Passed.ShouldBeTrue();
        certification.ValidFrom.ShouldBe(new DateOnly(2026, 3, 1));
        certification.ValidUntil.ShouldBe(new DateOnly(2029, 3, 1));
        result.Certifications[1].Tier.ShouldBe("gold");
    }

    [Fact]
    public void A_failed_certification_names_the_standards_that_are_not_met()
    {
        var result = Run(Nodes, "  a.flag: true\n  b.flag: false\n  n.total: 5\n", assessed: "2026-03-01");

        var certification = result.Certifications[0];
        certification.Passed.ShouldBeFalse();
        certification.ValidUntil.ShouldBeNull();
        certification.Shortfalls.ShouldBe(["standard S2 is not met"]);
        result.Certifications[1].Tier.ShouldBe("bronze");
    }

    [Fact]
    public void Missing_evidence_fails_a_certification_rather_than_passing_it()
    {
        var result = Run(Nodes, "  a.flag: true\n", assessed: "2026-03-01");

        result.Certifications[0].Passed.ShouldBeFalse();
        result.Certifications[0].Shortfalls.ShouldContain("standard S2 is without sufficient evidence");
    }

    [Fact]
    public void Without_an_assessment_date_a_pass_has_no_validity_dates()
    {
        var result = Run(Nodes, "  a.flag: true\n  b.flag: true\n  n.total: 5\n");

        result.Certifications[0].Passed.ShouldBeTrue();
        result.Certifications[0].ValidUntil.ShouldBeNull();
    }
}
