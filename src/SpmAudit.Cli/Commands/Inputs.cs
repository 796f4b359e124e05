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
    /// <paramref name="trustScripts"/> is null for commands that never run the rules (questionnaires,
    /// evidence files), which need no trust; otherwise C# functions run only with it or the trust file.
    /// </summary>
    public static Ruleset? Compile(string spec, string? output, out int exit, bool? trustScripts = null)
    {
        var compilation = RulesetLocator.Compile(spec);
        if (trustScripts is { } trust)
        {
            compilation = Language.Scripting.ScriptTrust.Apply(compilation, trust);
        }

        DiagnosticPrinter.Print(compilation.Diagnostics, "text", Console.Error);
        exit = !compilation.Success ? ExitCodes.InputErrors : OutputTarget.Refusal(output, compilation.Files) ?? ExitCodes.Success;
        return exit == ExitCodes.Success ? compilation.Ruleset : null;
    }

    /// <summary>The evidence packs of a folder (not below it), in file-name order, as a batch audits them.</summary>
    public static string[] PacksIn(string folder) =>
        [.. Directory.GetFiles(folder)

            // '~$q.xlsx' is the lock file Excel keeps beside a workbook it has open, not a pack.
            .Where(f => Engine.Reading.EvidenceReaders.IsEvidenceFile(f) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The exit code when <paramref name="output"/> may not be written (see <see cref="OutputTarget"/>), else null.</summary>
    public static int? Refusal(string? output, params string?[] inputs) =>
        OutputTarget.Refusal(output, inputs.OfType<string>());
}
