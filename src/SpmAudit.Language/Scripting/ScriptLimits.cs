namespace SpmAudit.Language.Scripting;

/// <summary>What one call of a C# function may spend (docs/reliability.md).</summary>
public static class ScriptLimits
{
    /// <summary>Loop iterations and calls (methods, local functions, lambdas) per call of a function.</summary>
    public const long Fuel = 10_000_000;
}
