using System.Text.RegularExpressions;
using SpmAudit.Language.Distribution;

namespace SpmAudit.Language.Bundles;

/// <summary>
/// The engine versions a bundle needs, written '>=0.1.0 <1.0.0': at least the minor version that
/// wrote it (which knows every construct the bundle may use), below the next major (which may
/// change the language).
/// </summary>
public sealed partial record EngineRange(string Minimum, string Below)
{
    public static EngineRange For(string engineVersion)
    {
        var numbers = VersionSpec.Numbers(engineVersion);
        var (major, minor) = (numbers.ElementAtOrDefault(0), numbers.ElementAtOrDefault(1));
        return new EngineRange($"{major}.{minor}.0", $"{major + 1}.0.0");
    }

    public static EngineRange? Parse(string text) =>
        RangePattern().Match(text) is { Success: true } match ? new EngineRange(match.Groups[1].Value, match.Groups[2].Value) : null;

    public bool Contains(string version) =>
        VersionSpec.Compare(Core(version), Minimum) >= 0 && VersionSpec.Compare(Core(version), Below) < 0;

    public override string ToString() => $">={Minimum} <{Below}";

    /// <summary>A preview ('0.2.0-beta') counts as its release for the range.</summary>
    private static string Core(string version) => string.Join('.', VersionSpec.Numbers(version));

    [GeneratedRegex(@"^>=(\d+\.\d+\.\d+) <(\d+\.\d+\.\d+)$")]
    private static partial Regex RangePattern();
}
