using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Printing;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Tests;

/// <summary>Converts every ruleset file of a tree to the other format (DSL ↔ YAML), renaming imports to match.</summary>
internal static class RulesetTreeConverter
{
    /// <summary>Writes the converted tree under <paramref name="to"/>; returns old → new relative file names.</summary>
    public static Dictionary<string, string> Convert(string from, string to)
    {
        File.WriteAllText(Path.Combine(to, ".spmroot"), "");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(from, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".spm" or ".yaml" && !f.Contains("examples", StringComparison.Ordinal) && !f.Contains("profiles", StringComparison.Ordinal) && !f.Contains("crosswalks", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            var target = Other(Formatter.FormatOf(file));
            var syntax = Parse(file, File.ReadAllText(file));
            syntax = syntax with { Imports = [.. syntax.Imports.Select(i => i with { Path = Rename(i.Path, Other(Formatter.FormatOf(i.Path))) })] };
            var newRelative = Rename(relative, target);
            var destination = Path.Combine(to, newRelative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, Formatter.Write(syntax, target));
            names[relative] = newRelative;
        }

        // C# files of functions travel unchanged beside the converted ruleset.
        foreach (var script in Directory.EnumerateFiles(from, "*.csx", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, script));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(script, destination);
        }

        return names;
    }

    public static RulesetFormat Other(RulesetFormat format) => format == RulesetFormat.Dsl ? RulesetFormat.Yaml : RulesetFormat.Dsl;

    public static RulesetFileSyntax Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var syntax = Formatter.Parse(path, text, diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return syntax;
    }

    private static string Rename(string path, RulesetFormat format) =>
        Path.ChangeExtension(path, format == RulesetFormat.Yaml ? ".yaml" : ".spm").Replace('\\', '/');
}
