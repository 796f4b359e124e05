namespace SpmAudit.Benchmarks.Synthetic;

/// <summary>
/// The K rule shapes the synthetic rulesets repeat, modelled on the shipped Universal Standards
/// rules. Indicator j gets shape j % K. <see cref="Comparison.HandWrittenRules"/> implements the same
/// shapes in C#, in the same order; change both together.
/// </summary>
internal static class RuleShapes
{
    public static readonly RuleShape[] All =
    [
        new("flag", [new("policy", ItemKind.Flag)], """
            score {
              met when {p}.policy
            }
            """),
        new("ratio-band", [new("total", ItemKind.Total), new("part", ItemKind.Part)], """
            let share = ratio({p}.part, {p}.total)
            score {
              met when share >= target_share
              partial when share >= 0.8 * target_share
            }
            """),
        new("choice-in", [new("level", ItemKind.Level)], """
            score {
              met when {p}.level == full
              partial when {p}.level in [most, some]
            }
            """),
        new("and-or", [new("written", ItemKind.Flag), new("approved", ItemKind.Flag), new("applied", ItemKind.Flag)], """
            score {
              met when {p}.written and ({p}.approved or {p}.applied)
              partial when {p}.written or {p}.applied
            }
            """),
        new("applies-ratio-ceiling", [new("offered", ItemKind.Flag), new("clients", ItemKind.Total), new("cases", ItemKind.Incidents)], """
            applies when {p}.offered
            let rate = ratio({p}.cases, {p}.clients)
            score {
              met when rate <= max_rate
              partial when rate <= 2 * max_rate
            }
            """),
        new("share-and-flag", [new("share", ItemKind.Share), new("reviewed", ItemKind.Flag)], """
            score {
              met when {p}.share >= min_share and {p}.reviewed
              partial when {p}.share >= 50%
            }
            """),
        new("count-of-flags", [new("gender", ItemKind.Flag), new("location", ItemKind.Flag), new("poverty", ItemKind.Flag)], """
            let segments = (if {p}.gender then 1 else 0) + (if {p}.location then 1 else 0) + (if {p}.poverty then 1 else 0)
            score {
              met when segments >= 3
              partial when segments >= 2
            }
            """),
        new("applies-choice-days", [new("offered", ItemKind.Flag), new("channel", ItemKind.Level), new("days", ItemKind.Days)], """
            applies when {p}.offered
            score {
              met when {p}.channel not in [some, none] and {p}.days <= max_days
              partial when {p}.channel != none
            }
            """),
    ];

    public static RuleShape Of(int indicatorIndex) => All[indicatorIndex % All.Length];

    /// <summary>The evidence prefix of indicator <paramref name="indicatorIndex"/> (0-based): e0001, e0002, …</summary>
    public static string Prefix(int indicatorIndex) => $"e{indicatorIndex + 1:0000}";
}
