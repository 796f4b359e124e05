using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Compilation;

namespace SpmAudit.Cli.Commands;

/// <summary><c>spm-audit check &lt;ruleset&gt;</c>: compile and report every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var ruleset = new Argument<string>("ruleset") { Description = "Ruleset file (.spm or .yaml)" };
        var format = CommonOptions.DiagnosticFormat();
        var command = new Command("check", "Compile a ruleset and report its errors and warnings") { ruleset, format };
        command.SetAction(result =>
        {
            var compilation = RulesetCompiler.Compile(result.GetValue(ruleset)!);
            DiagnosticPrinter.Print(compilation.Diagnostics, result.GetValue(format)!, Console.Out);
            return compilation.Success ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }
}
