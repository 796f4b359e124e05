using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Printing;

namespace SpmAudit.Cli.Commands;

/// <summary><c>spm-audit resolve &lt;profile|ruleset&gt; [--to dsl|yaml]</c>: the tailored ruleset as one file, hierarchy kept.</summary>
internal static class ResolveCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = CommonOptions.RulesetDescription };
        var to = new Option<string>("--to") { Description = "Print as dsl or yaml", DefaultValueFactory = _ => "dsl" };
        to.AcceptOnlyFromAmong("dsl", "yaml");
        var command = new Command("resolve", "Print the ruleset a profile resolves to (imports inlined, tailoring applied)") { file, to };
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var location = RulesetLocator.Locate(result.GetValue(file)!, diagnostics);
            var syntax = location is null ? null : RulesetCompiler.ResolveSyntax(location.Store, location.Path, diagnostics);
            var compiled = syntax is null ? null : RulesetCompiler.Compile(location!.Store, location.Path);
            DiagnosticPrinter.Print(compiled?.Diagnostics ?? diagnostics.ToSortedArray(), "text", Console.Error);
            if (syntax is null || compiled is not { Success: true })
            {
                return ExitCodes.InputErrors;
            }

            Console.Out.Write(Formatter.Write(syntax, result.GetValue(to) == "yaml" ? RulesetFormat.Yaml : RulesetFormat.Dsl));
            return ExitCodes.Success;
        });
        return command;
    }
}
