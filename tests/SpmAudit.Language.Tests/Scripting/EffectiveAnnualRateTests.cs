using SpmAudit.Language.Compilation;
using SpmAudit.Language.Scripting;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests.Scripting;

/// <summary>
/// The shipped effective_annual_rate against rates found without it: closed forms, and a schedule
/// with a fee and compulsory savings solved here by bisection, within 0.01 percentage points.
/// </summary>
public sealed class EffectiveAnnualRateTests
{
    private const double Tolerance = 0.0001;

    private static readonly Lazy<ScriptFunction> Rate = new(() =>
    {
        var compilation = RulesetCompiler.Compile(RepositoryPaths.Combine("rulesets", "pricing-transparency", "pricing-transparency.spm"), RepositoryPaths.Root);
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return ScriptStage.Load(compilation.Ruleset! with { ScriptsTrusted = true })["effective_annual_rate"];
    });

    private static double Computed(params (double Day, double Amount)[] flows)
    {
        object?[][] records = [.. flows.Select(f => new object?[] { f.Day, f.Amount })];
        var result = Rate.Value.Invoke([records], [[0, 1]], out var failure);
        failure.ShouldBeNull();
        return (double)result!;
    }

    [Fact]
    public void One_repayment_after_a_year_is_its_simple_interest() =>
        Computed((0, 1000), (365, -1100)).ShouldBe(0.10, Tolerance);

    [Fact]
    public void One_repayment_after_two_years_compounds_once_a_year() =>
        Computed((0, 1000), (730, -1210)).ShouldBe(0.10, Tolerance);

    [Fact]
    public void Monthly_instalments_at_a_monthly_rate_give_that_rate_compounded_twelve_times()
    {
        const double monthly = 0.02;
        var payment = 1000 * monthly / (1 - Math.Pow(1 + monthly, -12));
        var flows = Enumerable.Range(1, 12).Select(k => (k * 365.0 / 12, -payment)).Prepend((0.0, 1000.0)).ToArray();
        Computed(flows).ShouldBe(Math.Pow(1 + monthly, 12) - 1, Tolerance);
    }

    [Fact]
    public void A_schedule_with_a_fee_and_compulsory_savings_matches_a_rate_found_by_bisection()
    {
        // 100,000 disbursed; a 2% fee and 10% compulsory savings paid at once; twelve monthly instalments
        // of 9,749; the savings returned after a year.
        var flows = new List<(double Day, double Amount)> { (0, 100_000), (0, -2_000), (0, -10_000), (365, 10_000) };
        flows.AddRange(Enumerable.Range(1, 12).Select(k => ((double)Math.Round(30.4167 * k), -9_749.0)));

        Computed([.. flows]).ShouldBe(Bisection(flows), Tolerance);
        Computed([.. flows]).ShouldBeGreaterThan(0.49);
    }

    [Fact]
    public void A_schedule_without_payments_is_a_failure_with_its_reason()
    {
        object?[][] records = [[0.0, 1000.0]];
        Rate.Value.Invoke([records], [[0, 1]], out var failure).ShouldBeNull();
        failure!.OutOfFuel.ShouldBeFalse();
        failure.Message.ShouldContain("at least one payment");
    }

    /// <summary>The rate where the present value changes sign, halving an interval 200 times.</summary>
    private static double Bisection(IReadOnlyList<(double Day, double Amount)> flows)
    {
        double PresentValue(double rate) => flows.Sum(f => f.Amount * Math.Pow(1 + rate, -f.Day / 365));
        double low = -0.9, high = 10;
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = PresentValue(middle) < 0 ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }
}
