using System.CommandLine;

namespace SpmAudit.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> DiagnosticFormat()
    {
        var option = new Option<string>("--format") { Description = "How diagnostics are printed: text or json", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
