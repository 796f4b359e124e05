using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Cli.Commands;

/// <summary><c>spm-audit check &lt;ruleset&gt;</c>: compile and report every diagnostic.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var ruleset = new Argument<string>("ruleset") { Description = CommonOptions.RulesetDescription };
        var format = CommonOptions.DiagnosticFormat();
        var trust = CommonOptions.TrustScripts();
        var command = new Command("check", "Compile a ruleset and report its errors and warnings") { ruleset, format, trust };
        command.SetAction(result =>
        {
            // C# functions are always type-checked and sandboxed; without trust they are also refused, as 'audit' would.
            var compilation = ScriptTrust.Apply(RulesetLocator.Compile(result.GetValue(ruleset)!), result.GetValue(trust));
            DiagnosticPrinter.Print(compilation.Diagnostics, result.GetValue(format)!, Console.Out);
            return compilation.Success ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }
}
