using System.Text.RegularExpressions;

namespace SpmAudit.Language.Tests.Docs;

/// <summary>
/// Completes a fragment of docs/language.md into a ruleset: each part below is added, in the same
/// form for DSL and YAML, unless the fragment declares that part itself at its top level (a line
/// starting with the keyword). So a fragment showing grades keeps its own, and one showing nodes
/// brings its own hierarchy, whose levels must then be 'standard > indicator'.
/// </summary>
public static class ExampleHarness
{
    private sealed record Part(string DslKeyword, string Dsl, string YamlKey, string Yaml, bool Before);

    private static readonly Part[] Parts =
    [
        new("ruleset", """
            ruleset doc-example "Documentation example"
              levels standard > indicator

            """, "ruleset", """
            ruleset:
              id: doc-example
              title: Documentation example
              levels: [standard, indicator]

            """, Before: true),
        new("grades", """

            grades {
              "A" >= 0
            }

            """, "grades", """

            grades:
              bands:
                A: 0

            """, Before: false),
        new("standard", """

            standard H "Harness" {
              indicator H.1 "Harness" {
                score {
                  met when true
                }
              }
            }

            """, "nodes", """

            nodes:
              - standard: H
                title: Harness
                children:
                  - indicator: H.1
                    title: Harness
                    score:
                      met: "true"

            """, Before: false),
    ];

    /// <summary>
    /// Warnings a completed fragment may give: it shows a declaration without the indicator that
    /// uses it (SPM3501, SPM3506), and the harness indicator is always met (SPM3505).
    /// </summary>
    public static readonly IReadOnlySet<string> AllowedWarnings = new HashSet<string>(StringComparer.Ordinal) { "SPM3501", "SPM3505", "SPM3506" };

    public static string Complete(DocExample example)
    {
        var text = example.Text;
        foreach (var part in Parts)
        {
            var keyword = example.IsYaml ? part.YamlKey + ":" : part.DslKeyword + " ";
            if (Regex.IsMatch(text, $"^{Regex.Escape(keyword)}", RegexOptions.Multiline))
            {
                continue;
            }

            var added = example.IsYaml ? part.Yaml : part.Dsl;
            text = part.Before ? added + text : text + added;
        }

        return text;
    }
}
