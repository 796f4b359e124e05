using System.Text.RegularExpressions;

namespace SpmAudit.Language.Versioning;

/// <summary>
/// Semantic versions (semver.org 2.0): MAJOR.MINOR.PATCH with optional pre-release and build parts,
/// numbers without leading zeros. A ruleset's version must be one, in the DSL and in YAML alike.
/// </summary>
public static partial class SemanticVersion
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-((0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*))?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
