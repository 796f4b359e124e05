namespace SpmAudit.Tests;

/// <summary>The case folders of a golden test, by name, in a stable order.</summary>
internal static class GoldenCases
{
    public static TheoryData<string> In(string root)
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }
}
