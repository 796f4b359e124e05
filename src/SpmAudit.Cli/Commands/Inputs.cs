using SpmAudit.Cli.Output;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Model;

namespace SpmAudit.Cli.Commands;

/// <summary>What the commands do alike with their inputs: compile a ruleset, printing its diagnostics, and keep outputs off inputs.</summary>
internal static class Inputs
{
    /// <summary>The compiled ruleset, or null when it has errors (printed to standard error, with any warnings).</summary>
    public static Ruleset? Compile(string spec)
    {
        var compilation = RulesetLocator.Compile(spec);
        DiagnosticPrinter.Print(compilation.Diagnostics, "text", Console.Error);
        return compilation.Success ? compilation.Ruleset : null;
    }

    public static bool IsInput(string output, params string?[] inputs) =>
        inputs.Any(i => i is not null && string.Equals(Path.GetFullPath(i), Path.GetFullPath(output), StringComparison.Ordinal));
}
