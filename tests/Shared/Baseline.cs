namespace SpmAudit.Tests;

/// <summary>
/// Golden files: the expected output sits beside the input. Set SPM_UPDATE_BASELINES=1 to rewrite
/// them from the current output, then review the change with git diff.
/// </summary>
internal static class Baseline
{
    public static bool Updating => Environment.GetEnvironmentVariable("SPM_UPDATE_BASELINES") == "1";

    public static void Verify(string expectedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        File.Exists(expectedPath).ShouldBeTrue($"Baseline {expectedPath} is missing. Run: SPM_UPDATE_BASELINES=1 dotnet test, then review with git diff.");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var actualPath = expectedPath + ".actual";
            File.WriteAllText(actualPath, actual);
            throw new Xunit.Sdk.XunitException(
                $"Output differs from baseline {expectedPath} at {FirstDifference(expected, actual)}.\n" +
                $"Compare: diff -u {expectedPath} {actualPath}\n" +
                "Accept: SPM_UPDATE_BASELINES=1 dotnet test, then review with git diff.");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n  expected: {left}\n  actual:   {right}";
            }
        }

        return "an unknown position";
    }
}
