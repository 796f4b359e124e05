using System.Text.Json;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Scripting;

/// <summary>
/// Whether a ruleset's C# functions may run: only when the user says so for this run
/// (<c>--trust-scripts</c>) or has recorded the ruleset's SHA-256 in the trust file, so a changed
/// ruleset (or C# file) is refused again until it is reviewed. Rulesets without C# need no trust.
/// </summary>
public static class ScriptTrust
{
    /// <summary>SPM_TRUST_FILE, else $XDG_CONFIG_HOME/spm-audit/trust.json, else ~/.config/spm-audit/trust.json.</summary>
    public static string DefaultFile =>
        Environment.GetEnvironmentVariable("SPM_TRUST_FILE") is { Length: > 0 } own ? own
        : Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"),
            "spm-audit", "trust.json");

    /// <summary>A compilation ready to run: its ruleset marked trusted, or failed with one SPM3820 per C# function.</summary>
    public static Compilation.CompilationResult Apply(Compilation.CompilationResult compilation, bool trustScripts, string? trustFile = null)
    {
        if (compilation.Ruleset is not { HasCSharpFunctions: true } ruleset || !compilation.Success)
        {
            return compilation;
        }

        var diagnostics = new DiagnosticBag();
        var trusted = Apply(ruleset, trustScripts, diagnostics, trustFile);
        var all = diagnostics.ToSortedArray();
        return compilation with
        {
            Ruleset = diagnostics.HasErrors ? null : trusted,
            Diagnostics = [.. compilation.Diagnostics.Concat(all).OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)],
        };
    }

    /// <summary>The ruleset marked trusted, or as it was with one SPM3820 per C# function.</summary>
    public static Ruleset Apply(Ruleset ruleset, bool trustScripts, DiagnosticBag diagnostics, string? trustFile = null)
    {
        if (!ruleset.HasCSharpFunctions)
        {
            return ruleset;
        }

        if (trustScripts || Trusted(trustFile ?? DefaultFile, diagnostics).Contains(ruleset.Sha256))
        {
            return ruleset with { ScriptsTrusted = true };
        }

        foreach (var function in ruleset.Functions.Where(f => f.IsCSharp))
        {
            diagnostics.Add(DiagnosticCatalog.CSharpNotTrusted(function.Span, function.Name, function.CSharp!.Start.Path, ruleset.Sha256));
        }

        return ruleset;
    }

    /// <summary>
    /// The trust file: <c>{ "trusted": [ { "sha256": "…", "note": "reviewed by …" } ] }</c>. A missing
    /// file trusts nothing; an unreadable or malformed one is reported and trusts nothing.
    /// </summary>
    private static HashSet<string> Trusted(string path, DiagnosticBag diagnostics)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return result;
        }

        var span = SourceSpan.None(path);
        try
        {
            using var document = JsonDocument.Parse(Inputs.InputFile.Read(path, 1024 * 1024));
            if (!document.RootElement.TryGetProperty("trusted", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(DiagnosticCatalog.CSharpTrustFileInvalid(span, path, "it needs a 'trusted' array of { \"sha256\": … } entries"));
                return result;
            }

            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("sha256", out var sha) && sha.ValueKind == JsonValueKind.String)
                {
                    result.Add(sha.GetString()!);
                }
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or Inputs.InputRefusedException)
        {
            diagnostics.Add(DiagnosticCatalog.CSharpTrustFileInvalid(span, path, e.Message.TrimEnd('.')));
        }

        return result;
    }
}
