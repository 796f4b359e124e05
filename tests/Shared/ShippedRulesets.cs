

namespace SpmAudit.Tests;

/// <summary>The ruleset and module files shipped under rulesets/ (examples are evidence, not rulesets).</summary>
internal static class ShippedRulesets
{
    public static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Rulesets, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".spm" or ".yaml")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}crosswalks{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}tests{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !IsProfile(f))
            .Order(StringComparer.Ordinal);

    /// <summary>Profiles tailor a ruleset; they are YAML files with a top-level 'profile' mapping.</summary>
    public static IEnumerable<string> Profiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Rulesets, "*.yaml", SearchOption.AllDirectories).Where(IsProfile).Order(StringComparer.Ordinal);

    private static bool IsProfile(string path) => File.ReadLines(path).Any(l => l.StartsWith("profile:", StringComparison.Ordinal));

    /// <summary>Root rulesets: files that start with a ruleset header.</summary>
    public static IEnumerable<string> Roots() => AllFiles().Where(f =>
        File.ReadLines(f).SkipWhile(l => l.TrimStart().StartsWith('#') || l.TrimStart().StartsWith("//", StringComparison.Ordinal) || l.Trim().Length == 0)
            .FirstOrDefault() is { } first && (first.StartsWith("ruleset ", StringComparison.Ordinal) || first.StartsWith("ruleset:", StringComparison.Ordinal)));

    /// <summary>
    /// Roots that read the shared dictionary, so the example packs audit against them; an earlier
    /// edition kept for past packs (a folder named like universal-standards-v2) reads its own.
    /// </summary>
    public static IEnumerable<string> ReadingSharedDictionary() =>
        Roots().Where(f => !System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(Path.GetDirectoryName(f)!), "-v[0-9]+$"));

    public static TheoryData<string> Relative(IEnumerable<string> files)
    {
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Rulesets, file).Replace('\\', '/'));
        }

        return data;
    }
}
