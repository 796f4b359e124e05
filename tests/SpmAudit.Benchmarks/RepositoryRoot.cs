namespace SpmAudit.Benchmarks;

/// <summary>
/// Finds the repository by walking up to SpmAudit.sln. BenchmarkDotNet runs each benchmark in a
/// generated project under bin/, so the start is both the output folder and the working folder.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = start; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
            {
                if (File.Exists(System.IO.Path.Combine(dir, "SpmAudit.sln")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("SpmAudit.sln not found above the benchmark's output or working folder.");
    }
}
