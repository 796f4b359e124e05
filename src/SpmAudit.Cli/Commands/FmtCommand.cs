using System.CommandLine;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Printing;

namespace SpmAudit.Cli.Commands;

/// <summary><c>spm-audit fmt &lt;file&gt; [--to dsl|yaml] [--check] [--out F]</c>: canonical form and conversion.</summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Ruleset or module file (.spm or .yaml)" };
        var to = new Option<string?>("--to") { Description = "Convert to dsl or yaml (default: the file's own format)" };
        to.AcceptOnlyFromAmong("dsl", "yaml");
        var check = new Option<bool>("--check") { Description = "Exit 1 when the file is not in canonical form; print nothing else" };
        var output = new Option<string?>("--out") { Description = "Write the result to this file instead of standard output" };
        var command = new Command("fmt", "Format a ruleset file canonically, or convert it between the DSL and YAML") { file, to, check, output };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(to), result.GetValue(check), result.GetValue(output)));
        return command;
    }

    private static int Run(string path, string? to, bool check, string? output)
    {
        if (OutputTarget.Refusal(output, [path]) is { } refusal)
        {
            return refusal;
        }

        var source = Formatter.FormatOf(path);
        var target = to switch { "yaml" => RulesetFormat.Yaml, "dsl" => RulesetFormat.Dsl, _ => source };
        var diagnostics = new DiagnosticBag();
        var text = InputText.Read(path, path, SourceSpan.None(path), diagnostics);
        var kind = text is null ? DocumentKind.Ruleset : DocumentKinds.Of(path, text);
        if (kind != DocumentKind.Ruleset)
        {
            // Profiles, packs and test cases have formats of their own: fmt would list each of their fields as not allowed.
            diagnostics.Add(DocumentKinds.WrongKind(path, kind, "a ruleset or module file, which fmt formats"));
            text = null;
        }

        var formatted = text is null ? null : Formatter.Format(path, text, target, diagnostics);
        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        if (formatted is null)
        {
            return ExitCodes.InputErrors;
        }

        if (check)
        {
            // Line ends were made LF when the file was read, so CRLF files are judged on content alone.
            var canonical = target == source && formatted == text;
            if (!canonical)
            {
                Console.Out.WriteLine($"{path}: not in canonical form (run 'spm-audit fmt {path}' to see it)");
            }

            return canonical ? ExitCodes.Success : ExitCodes.InputErrors;
        }

        return ReportWriter.Write(formatted, output);
    }
}
