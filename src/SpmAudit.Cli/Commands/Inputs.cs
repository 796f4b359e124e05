using SpmAudit.Cli.Output;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Model;

namespace SpmAudit.Cli.Commands;

/// <summary>What the commands do alike with their inputs: compile a ruleset, printing its diagnostics, and keep outputs off inputs.</summary>
internal static class Inputs
{
    /// <summary>
    /// The compiled ruleset, or null with the exit code to return: 1 when it has errors (printed to
    /// standard error, with any warnings), 2 when <paramref name="output"/> is one of its files.
    /// </summary>
    public static Ruleset? Compile(string spec, string? output, out int exit)
    {
        // A ruleset with C# functions runs them only when the trust file names it.
        var compilation = Language.Scripting.ScriptTrust.Apply(RulesetLocator.Compile(spec), trustScripts: false);
        DiagnosticPrinter.Print(compilation.Diagnostics, "text", Console.Error);
        exit = !compilation.Success ? ExitCodes.InputErrors : OutputTarget.Refusal(output, compilation.Files) ?? ExitCodes.Success;
        return exit == ExitCodes.Success ? compilation.Ruleset : null;
    }

    /// <summary>The exit code when <paramref name="output"/> may not be written (see <see cref="OutputTarget"/>), else null.</summary>
    public static int? Refusal(string? output, params string?[] inputs) =>
        OutputTarget.Refusal(output, inputs.OfType<string>());
}
