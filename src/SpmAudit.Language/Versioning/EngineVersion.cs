using System.Reflection;

namespace SpmAudit.Language.Versioning;

/// <summary>
/// The version of the SpmAudit engine, as set once in Directory.Build.props (VersionPrefix, with a
/// VersionSuffix for previews). Bundles record the engine range they need from it.
/// </summary>
public static class EngineVersion
{
    public static string Current { get; } = Read();

    /// <summary>The informational version without build metadata ('+…'), so results stay comparable across builds.</summary>
    private static string Read()
    {
        var informational = typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
