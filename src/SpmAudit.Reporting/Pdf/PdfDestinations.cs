using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpmAudit.Reporting.Pdf;

/// <summary>
/// Reads the page of each named destination of a PDF Chromium printed: an element that an internal
/// link points to (<c>href="#id"</c>) becomes a destination named by its id. Chromium writes a
/// classic cross-reference table, plain page-tree objects and a /Dests dictionary, which is all this
/// reads; anything else gives no pages, and the report is printed without page numbers in its contents.
/// </summary>
internal static partial class PdfDestinations
{
    /// <summary>Destination name → page number (1-based); empty when the PDF is not as expected.</summary>
    public static IReadOnlyDictionary<string, int> Pages(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            var text = Encoding.Latin1.GetString(pdf);
            var offsets = Offsets(text);
            if (offsets is null || Reference(TrailerOf(text), "Root") is not { } root || Body(text, offsets, root) is not { } catalog)
            {
                return new Dictionary<string, int>();
            }

            var order = new List<int>();
            if (Reference(catalog, "Pages") is { } tree)
            {
                Walk(text, offsets, tree, order, depth: 0);
            }

            var pageOf = order.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index + 1);
            var dests = Reference(catalog, "Dests") is { } d ? Body(text, offsets, d) : null;
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match m in Destination().Matches(dests ?? ""))
            {
                if (pageOf.TryGetValue(int.Parse(m.Groups["page"].Value, CultureInfo.InvariantCulture), out var page))
                {
                    result[Name(m.Groups["name"].Value)] = page;
                }
            }

            return result;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
        {
            return new Dictionary<string, int>();
        }
    }

    /// <summary>Pages in document order: a /Pages node lists its kids, which are pages or further nodes.</summary>
    private static void Walk(string text, Dictionary<int, int> offsets, int id, List<int> order, int depth)
    {
        if (depth > 32 || Body(text, offsets, id) is not { } node)
        {
            return;
        }

        if (!PagesType().IsMatch(node))
        {
            order.Add(id);
            return;
        }

        var kids = Kids().Match(node);
        foreach (Match kid in ReferenceList().Matches(kids.Success ? kids.Groups[1].Value : ""))
        {
            Walk(text, offsets, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), order, depth + 1);
        }
    }

    /// <summary>Object number → byte offset, from the cross-reference table that startxref points to.</summary>
    private static Dictionary<int, int>? Offsets(string text)
    {
        var start = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (start < 0 || !int.TryParse(text.AsSpan(start + 9).Trim().ToString().Split('\n', '\r')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var xref)
            || !text.AsSpan(xref).StartsWith("xref", StringComparison.Ordinal))
        {
            return null;
        }

        var offsets = new Dictionary<int, int>();
        foreach (Match section in XrefSection().Matches(text[xref..Math.Min(text.Length, text.IndexOf("trailer", xref, StringComparison.Ordinal) is var t and >= 0 ? t : text.Length)]))
        {
            var first = int.Parse(section.Groups["first"].Value, CultureInfo.InvariantCulture);
            var entries = XrefEntry().Matches(section.Groups["entries"].Value);
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Groups["kind"].Value == "n")
                {
                    offsets[first + i] = int.Parse(entries[i].Groups["offset"].Value, CultureInfo.InvariantCulture);
                }
            }
        }

        return offsets;
    }

    private static string TrailerOf(string text)
    {
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        return trailer < 0 ? "" : text[trailer..Math.Min(text.Length, trailer + 512)];
    }

    /// <summary>The text of an object up to its stream or its end (page-tree nodes and /Dests have no stream).</summary>
    private static string? Body(string text, Dictionary<int, int> offsets, int id)
    {
        if (!offsets.TryGetValue(id, out var offset) || offset >= text.Length)
        {
            return null;
        }

        var end = text.IndexOf("endobj", offset, StringComparison.Ordinal);
        var stream = text.IndexOf("stream", offset, StringComparison.Ordinal);
        var stop = end < 0 ? text.Length : stream >= 0 && stream < end ? stream : end;
        return text[offset..stop];
    }

    private static int? Reference(string dictionary, string key)
    {
        var m = Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A PDF name with #xx escapes decoded.</summary>
    private static string Name(string raw) => Escape().Replace(raw, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex(@"/Type\s*/Pages\b")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex ReferenceList();

    [GeneratedRegex(@"(?<first>\d+)\s+(?<count>\d+)\s*\r?\n(?<entries>(?:\d{10} \d{5} [nf]\s*\r?\n?)*)")]
    private static partial Regex XrefSection();

    [GeneratedRegex(@"(?<offset>\d{10}) \d{5} (?<kind>[nf])")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/(?<name>[^\s/\[\]<>()]+)\s*\[\s*(?<page>\d+)\s+0\s+R")]
    private static partial Regex Destination();

    [GeneratedRegex(@"#([0-9A-Fa-f]{2})")]
    private static partial Regex Escape();
}
