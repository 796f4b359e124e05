using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

/// <summary>Formats one ruleset or module file canonically, in its own format or converted to the other.</summary>
public static class Formatter
{
    public static RulesetFormat FormatOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" ? RulesetFormat.Yaml : RulesetFormat.Dsl;

    /// <summary>The canonical text, or null when the file has syntax errors (reported to <paramref name="diagnostics"/>).</summary>
    public static string? Format(string path, string text, RulesetFormat target, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        var syntax = SourceLoader.Parse(path, text, diagnostics);
        return diagnostics.ErrorCount > before ? null : Write(syntax, target);
    }

    /// <summary>Parses one file with the front end its extension names, without imports or binding.</summary>
    public static RulesetFileSyntax Parse(string path, string text, DiagnosticBag diagnostics) => SourceLoader.Parse(path, text, diagnostics);

    public static string Write(RulesetFileSyntax syntax, RulesetFormat target) =>
        target == RulesetFormat.Yaml ? YamlWriter.Write(syntax) : DslWriter.Write(syntax);
}
