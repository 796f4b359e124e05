namespace SpmAudit.Tests;

/// <summary>Locates the repository from a test's output folder, so tests read the real shipped files.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rulesets => Path.Combine(Root, "rulesets");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "SpmAudit.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("SpmAudit.sln not found above the test output folder.");
    }
}
