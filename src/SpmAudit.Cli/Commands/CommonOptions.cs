using System.CommandLine;

namespace SpmAudit.Cli.Commands;

internal static class CommonOptions
{
    /// <summary>What every command that takes a ruleset accepts, as RulesetLocator resolves it.</summary>
    public const string RulesetDescription = "Ruleset or profile: a file (.spm or .yaml), a bundle (.spmb) or a shipped name (universal-standards@3)";

    public static Option<string> DiagnosticFormat()
    {
        var option = new Option<string>("--format") { Description = "How diagnostics are printed: text or json", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>Lets a ruleset's C# functions run for this command; without it only rulesets named in the trust file may.</summary>
    public static Option<bool> TrustScripts() =>
        new("--trust-scripts") { Description = "Run the ruleset's C# functions (sandboxed and metered); review them first. Without it, only rulesets whose SHA-256 the trust file lists may run them" };
}
