namespace SpmAudit.Benchmarks.Synthetic;

/// <summary>
/// The thresholds of the synthetic ruleset. The generator writes them as DSL parameters and the
/// hand-written rules use them as constants, so both implement the same rules.
/// </summary>
internal static class SyntheticParameters
{
    public const double TargetShare = 0.80;
    public const double MaxRate = 0.05;
    public const double MinShare = 0.70;
    public const double MaxDays = 30;

    public const string Declarations = """
        parameter target_share : percentage = 80% "Share a practice must reach among sampled files or clients"
        parameter max_rate : percentage = 5% "Highest acceptable rate of incidents among clients"
        parameter min_share : percentage = 70% "Share of staff or clients that must show a practice"
        parameter max_days : integer = 30 "Days within which a case must be handled"
        """;
}
