using System.Text.RegularExpressions;

namespace SpmAudit.Language.Tests.Docs;

/// <summary>How a fenced example of docs/language.md is run, from the words after its language.</summary>
public enum ExampleMode
{
    /// <summary>A whole ruleset: compiles with no diagnostic at all.</summary>
    Complete,

    /// <summary>Declarations completed by <see cref="ExampleHarness"/> into a ruleset before compiling.</summary>
    Fragment,

    /// <summary>Parsed only (imports of files that are not there, modules, C#): no syntax diagnostic.</summary>
    Syntax,
}

/// <summary>
/// One fenced block of docs/language.md whose language is <c>spm</c> or <c>yaml</c>. The info string
/// may add <c>fragment</c> or <c>syntax</c> (see <see cref="ExampleMode"/>) and <c>error=SPMnnnn</c>,
/// the one diagnostic code the example must give.
/// </summary>
public sealed partial record DocExample(int Line, bool IsYaml, ExampleMode Mode, string? Error, string Text)
{
    public string Extension => IsYaml ? ".yaml" : ".spm";

    public override string ToString() => $"docs/language.md line {Line} ({(IsYaml ? "yaml" : "spm")})";

    /// <summary>Every spm and yaml block of a Markdown text, in order; other languages are prose.</summary>
    public static IReadOnlyList<DocExample> All(string markdown)
    {
        var examples = new List<DocExample>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var indent = fence.Groups["indent"].Value;
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].TrimEnd() != indent + "```"; i++)
            {
                body.Add(lines[i].StartsWith(indent, StringComparison.Ordinal) ? lines[i][indent.Length..] : lines[i]);
            }

            var words = fence.Groups["info"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words[0] is not ("spm" or "yaml"))
            {
                continue;
            }

            var mode = words.Contains("syntax") ? ExampleMode.Syntax : words.Contains("fragment") ? ExampleMode.Fragment : ExampleMode.Complete;
            var error = words.FirstOrDefault(w => w.StartsWith("error=", StringComparison.Ordinal))?["error=".Length..];
            examples.Add(new DocExample(start + 1, words[0] == "yaml", mode, error, string.Join('\n', body) + "\n"));
        }

        return examples;
    }

    [GeneratedRegex(@"^(?<indent>\s*)```(?<info>[^`]*)$")]
    private static partial Regex Fence();
}
