using System.Text.RegularExpressions;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Inputs;

/// <summary>What a YAML file given to a command is, read from its top-level keys.</summary>
public enum DocumentKind
{
    /// <summary>A ruleset or a module of one (or not YAML at all: a .spm file).</summary>
    Ruleset,
    Profile,
    EvidencePack,
    TestCases,
}

/// <summary>
/// Tells the kinds of YAML file apart before any of them is parsed as another kind, so that a
/// command given the wrong kind of file says what the file is and which command reads it,
/// instead of listing every field of it as not allowed.
/// </summary>
public static partial class DocumentKinds
{
    public static DocumentKind Of(string path, string text)
    {
        if (Path.GetExtension(path).ToLowerInvariant() is not (".yaml" or ".yml" or ".json"))
        {
            return DocumentKind.Ruleset;
        }

        if (path.EndsWith(".test.yaml", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentKind.TestCases;
        }

        // A key written twice is the YAML reader's diagnostic (SPM2002) to give; here the first one counts.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in TopLevelKey().Matches(text))
        {
            keys.TryAdd(m.Groups["key"].Value, m.Groups["value"].Value.Trim());
        }

        // A test file names its ruleset by a path ('ruleset: ../x.yaml'); a ruleset's header is a mapping.
        return keys.ContainsKey("ruleset") ? keys.ContainsKey("cases") || keys.ContainsKey("expect") ? DocumentKind.TestCases : DocumentKind.Ruleset
            : keys.ContainsKey("profile") ? DocumentKind.Profile
            : keys.ContainsKey("institution") || keys.ContainsKey("evidence") && !keys.ContainsKey("nodes") && !keys.ContainsKey("imports") ? DocumentKind.EvidencePack
            : DocumentKind.Ruleset;
    }

    /// <summary>The one diagnostic for a file of another kind than the command reads, with the command that reads it.</summary>
    public static Diagnostic WrongKind(string display, DocumentKind kind, string expected) =>
        DiagnosticCatalog.WrongKindOfFile(new SourceSpan(display, 1, 1), display, kind switch
        {
            DocumentKind.Profile => "a profile (a tailoring of a ruleset)",
            DocumentKind.EvidencePack => "an evidence pack",
            DocumentKind.TestCases => "a file of test cases",
            _ => "a ruleset",
        }, expected, kind switch
        {
            DocumentKind.Profile => $"'spm-audit check {display}' checks it, 'spm-audit resolve {display}' prints the ruleset it gives, and 'spm-audit audit --ruleset {display}' audits with it",
            DocumentKind.EvidencePack => $"audit it with 'spm-audit audit --ruleset <ruleset> --evidence {display}'",
            DocumentKind.TestCases => $"run its cases with 'spm-audit test {display}'",
            _ => $"'spm-audit check {display}' checks it and 'spm-audit fmt {display}' prints it in canonical form",
        });

    [GeneratedRegex(@"^(?<key>[A-Za-z_]+):(?<value>[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex TopLevelKey();
}
