using System.Net;
using System.Text.RegularExpressions;
using SpmAudit.Reporting.Pdf;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// The DOM Chromium built from a page, as its <c>--dump-dom</c> serialization. Chromium writes that
/// serialization canonically (lower-case tags, every attribute double-quoted, &amp; &lt; &gt; escaped in
/// text, &amp; &quot; in attributes), so scanning start tags is enough to query it; an element that
/// exists in the dump exists in the browser's DOM, whatever the source HTML looked like.
/// </summary>
internal sealed partial class DomDump(string html)
{
    public string Html { get; } = html;

    /// <summary>The DOM of a page; with <paramref name="screenshot"/>, the same run also saves a screenshot there (one Chromium start instead of two).</summary>
    public static DomDump Load(string chromium, string page, string? screenshot = null)
    {
        string[] arguments = screenshot is null ? ["--dump-dom"] : ["--dump-dom", $"--screenshot={screenshot}", "--window-size=1280,2000", "--hide-scrollbars"];
        var run = HeadlessChromium.Execute(chromium, page, arguments);
        run.Succeeded.ShouldBeTrue($"chromium --dump-dom failed (exit {run.ExitCode}):\n{run.Stderr}");
        run.Stdout.ShouldContain("<html", customMessage: "chromium printed no DOM");
        return new DomDump(run.Stdout);
    }

    public sealed record Element(string Tag, IReadOnlyDictionary<string, string> Attributes, int ContentStart)
    {
        public bool HasClass(string name) =>
            Attributes.TryGetValue("class", out var classes) && classes.Split(' ').Contains(name, StringComparer.Ordinal);
    }

    public IEnumerable<Element> Elements() =>
        StartTag().Matches(Html).Select(m => new Element(
            m.Groups["tag"].Value,
            Attribute().Matches(m.Groups["attributes"].Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value)),
            m.Index + m.Length));

    public IEnumerable<Element> WithTag(string tag) => Elements().Where(e => e.Tag == tag);

    public IEnumerable<Element> WithClass(string name) => Elements().Where(e => e.HasClass(name));

    public Element? ById(string id) => Elements().FirstOrDefault(e => e.Attributes.GetValueOrDefault("id") == id);

    /// <summary>The raw serialized content of an element that holds no element of its own tag (enough for the leaves tests read).</summary>
    public string InnerHtml(Element element)
    {
        var end = Html.IndexOf($"</{element.Tag}>", element.ContentStart, StringComparison.Ordinal);
        return Html[element.ContentStart..end];
    }

    /// <summary>The text of an element, tags removed and entities decoded.</summary>
    public string Text(Element element) => WebUtility.HtmlDecode(AnyTag().Replace(InnerHtml(element), "")).Trim();

    [GeneratedRegex(@"<(?<tag>[a-z][a-z0-9-]*)(?<attributes>(?:\s+[^\s=>/]+(?:=""[^""]*"")?)*)\s*/?>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"([^\s=]+)(?:=""([^""]*)"")?")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
