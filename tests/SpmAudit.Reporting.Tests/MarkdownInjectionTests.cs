using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using SpmAudit.Engine.Auditing;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// Texts from rulesets and evidence packs cannot become Markdown: no link, image, raw HTML,
/// heading, list or table column, and no raw control character, yet a renderer shows the same words.
/// </summary>
public sealed partial class MarkdownInjectionTests
{
    private static string Folder => RepositoryPaths.Combine("tests", "SpmAudit.Reporting.Tests", "Cases", "MarkdownInjection");

    [Fact]
    public void Escaped_text_reads_back_as_the_same_words_and_holds_no_live_syntax()
    {
        var alphabet = Gen.Char["ab 1.#-+=!*_`[]()<>&;|~\\\r\nx:/"];
        Gen.String[alphabet, 0, 24].Sample(text =>
        {
            var markdown = MarkdownText.Escape(text);

            markdown.ShouldNotContain('<');
            markdown.ShouldNotContain('>');
            markdown.ShouldNotContain('\n');
            Unescaped(markdown, '[').ShouldBe(0, markdown);
            Unescaped(markdown, ']').ShouldBe(0, markdown);
            Unescaped(markdown, '|').ShouldBe(0, markdown);
            LiveBlockStart().IsMatch(markdown).ShouldBeFalse(markdown);
            Read(markdown).ShouldBe(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' '));
        }, iter: 20_000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Control_characters_are_shown_escaped()
    {
        MarkdownText.Escape("red\u001b[31m bell\u0007").ShouldBe("red\\x1B\\[31m bell\\x07");
    }

    [Theory]
    [InlineData("audit.md.sbn", "en")]
    [InlineData("audit.md.sbn", "fr")]
    [InlineData("board.md.sbn", "en")]
    [InlineData("board.md.sbn", "es")]
    public void Markdown_reports_print_link_image_and_html_syntax_as_text(string template, string language)
    {
        var outcome = Auditor.Audit(Path.Combine(Folder, "ruleset.spm"), Path.Combine(Folder, "evidence.yaml"), Folder);
        outcome.Diagnostics.ShouldBeEmpty();

        var text = ReportRenderer.Render(outcome.Result!, template, new ReportOptions(Language: language)).Text!;

        LiveLink().Matches(text).ShouldBeEmpty();
        text.ShouldNotContain("<script", Case.Insensitive);
        text.ShouldNotContain("<img", Case.Insensitive);
        text.ShouldNotContain('\u001b');
        text.ShouldNotContain('\u0007');
        text.Split('\n').ShouldNotContain(line => line.StartsWith("# Not a heading", StringComparison.Ordinal) || line.StartsWith("1. Not a list", StringComparison.Ordinal));
        if (template == "audit.md.sbn" && language == "en")
        {
            Baseline.Verify(Path.Combine(Folder, "expected.md"), text);
        }
    }

    /// <summary>How many times <paramref name="c"/> appears without an escaping backslash before it.</summary>
    private static int Unescaped(string markdown, char c)
    {
        var count = 0;
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\')
            {
                i++;
            }
            else if (markdown[i] == c)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>What a CommonMark renderer shows for inline text: backslash escapes of punctuation and the three entities resolved.</summary>
    private static string Read(string markdown)
    {
        var text = new StringBuilder();
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && char.IsAsciiLetterOrDigit(markdown[i + 1]) is false && markdown[i + 1] > ' ' && markdown[i + 1] < 127)
            {
                text.Append(markdown[++i]);
            }
            else if (Entity().Match(markdown, i) is { Success: true } entity && entity.Index == i)
            {
                text.Append(entity.Value switch { "&lt;" => '<', "&gt;" => '>', _ => '&' });
                i += entity.Length - 1;
            }
            else
            {
                text.Append(markdown[i]);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\G&(lt|gt|amp);")]
    private static partial Regex Entity();

    /// <summary>A '[' … '](' pair with neither bracket escaped: the start of a link or an image.</summary>
    [GeneratedRegex(@"(?<!\\)\[[^\]\n]*(?<!\\)\]\(")]
    private static partial Regex LiveLink();

    /// <summary>A heading, a list item or a setext underline opened by the text itself.</summary>
    [GeneratedRegex(@"^ *(#|[-+=]|\d{1,9}[.)]( |$))")]
    private static partial Regex LiveBlockStart();
}
