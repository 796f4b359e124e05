using System.Collections.Frozen;
using System.Text.Json;

namespace SpmAudit.Reporting.Localization;

/// <summary>Country names by ISO 3166 code in each report language (countries.json); an unknown code is printed as it is.</summary>
internal static class Countries
{
    private static readonly FrozenDictionary<string, JsonElement> Names = Read();

    public static string? Name(string? code, string language) =>
        code is null ? null
        : Names.TryGetValue(code.ToUpperInvariant(), out var names) && names.TryGetProperty(language, out var name) ? name.GetString()
        : code;

    private static FrozenDictionary<string, JsonElement> Read()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("SpmAudit.Reporting.Localization.countries.json")
            ?? throw new InvalidOperationException("Embedded countries.json is missing from the build.");
        var root = JsonDocument.Parse(stream).RootElement;
        return root.EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }
}
