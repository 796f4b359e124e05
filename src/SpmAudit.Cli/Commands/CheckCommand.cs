using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Distribution;

namespace SpmAudit.Cli.Commands;

/// <summary><c>spm-audit check &lt;ruleset&gt;</c>: compile and report every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var ruleset = new Argument<string>("ruleset") { Description = CommonOptions.RulesetDescription };
        var format = CommonOptions.DiagnosticFormat();
        var command = new Command("check", "Compile a ruleset and report its errors and warnings") { ruleset, format };
        command.SetAction(result =>
        {
            var compilation = RulesetLocator.Compile(result.GetValue(ruleset)!);
            DiagnosticPrinter.Print(compilation.Diagnostics, result.GetValue(format)!, Console.Out);
            return compilation.Success ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }
}
