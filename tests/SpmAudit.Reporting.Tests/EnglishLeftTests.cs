using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;
using SpmAudit.Reporting.Formats;
using SpmAudit.Reporting.Json;
using SpmAudit.Reporting.Rendering;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

/// <summary>
/// No English is left in a French or Spanish report outside criterion text. Every report (board and
/// full, HTML and Markdown) of every example institution is rendered in fr and es; the text the
/// ruleset and the evidence wrote (titles, guidance, questions, values, sources, names…) is taken
/// out; what remains must hold none of the English report strings: each label of labels-en.json,
/// the sentences of reasons included, cut at its {holes}, unless the other language writes it the same way.
/// </summary>
public sealed partial class EnglishLeftTests
{
    private static string Examples => Path.Combine(RepositoryPaths.Rulesets, "examples");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var ruleset in new[] { "universal-standards/universal-standards.spm", "client-protection/client-protection.yaml" })
        {
            foreach (var language in new[] { "fr", "es" })
            {
                data.Add(ruleset, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void French_and_spanish_reports_hold_no_english_report_string(string ruleset, string language)
    {
        var english = EnglishFragments(language);
        english.Count.ShouldBeGreaterThan(150, "the scan needs the English strings to look for");
        foreach (var pack in Directory.GetFiles(Examples, "*.yaml").Order(StringComparer.Ordinal))
        {
            var outcome = Auditor.Audit(Path.Combine(RepositoryPaths.Rulesets, ruleset), pack, RepositoryPaths.Root);
            var result = outcome.Result.ShouldNotBeNull();
            var criterion = CriterionText(result, language);
            foreach (var kind in ReportKinds.All)
            {
                foreach (var template in new[] { kind.HtmlTemplate, kind.MarkdownTemplate })
                {
                    var rendered = ReportRenderer.Render(result, template, new ReportOptions(Language: language, Kind: kind.Name));
                    rendered.Diagnostics.ShouldBeEmpty();
                    var text = Without(VisibleText(rendered.Text!, template), criterion);
                    var found = english.Where(e => Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(e)}(?![\p{{L}}])")).ToList();
                    found.ShouldBeEmpty($"{ruleset}, {Path.GetFileName(pack)}, {template}, {language}: English left in\n{Around(text, found)}");
                }
            }
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void French_and_spanish_portfolios_hold_no_english_report_string(string language)
    {
        var english = EnglishFragments(language);
        var folder = Directory.CreateTempSubdirectory("spm-portfolio-").FullName;
        try
        {
            var (batch, ruleset) = PortfolioTests.ExampleBatch(folder);
            var document = Portfolio.PortfolioDocument.Build(batch, new Portfolio.PortfolioFilter(), ruleset, "results.jsonl", new Language.Diagnostics.DiagnosticBag())!;
            using var json = JsonDocument.Parse(AuditJsonWriter.Write(document));
            var criterion = new List<string>();
            Strings(json.RootElement, criterion);
            criterion.AddRange(ruleset.Translations.GetValueOrDefault(language)?.Values.Select(t => t.Title) ?? []);
            foreach (var (format, template) in new[] { ("html", "portfolio.html.sbn"), ("md", "portfolio.md.sbn") })
            {
                var text = System.Text.Encoding.UTF8.GetString(PortfolioFormats.Render(format, document, ruleset, new ReportOptions(Language: language)).Bytes!);
                var left = Without(VisibleText(text, template), criterion.OrderByDescending(c => c.Length));
                english.Where(e => Regex.IsMatch(left, $@"(?<![\p{{L}}]){Regex.Escape(e)}(?![\p{{L}}])")).ShouldBeEmpty($"{template}, {language}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_scan_finds_an_english_label_left_in_a_french_report()
    {
        var english = EnglishFragments("fr");

        english.ShouldContain("Where to improve");
        english.ShouldContain("partially met with");
        english.ShouldNotContain("Score", "French writes it the same way");
    }

    /// <summary>
    /// The English strings a report prints, as fragments between holes. A single word the other
    /// language also writes (Score, Date, Signature) is left out; a phrase never is, so a label
    /// copied untranslated into the other table is still found.
    /// </summary>
    private static List<string> EnglishFragments(string language)
    {
        var own = Leaves(Table(language)).SelectMany(l => WordSplit().Split(l)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Leaves(Table("en"))
            .SelectMany(Fragments)
            .Where(f => f.Length >= 4 && f.Any(char.IsLetter) && (f.Contains(' ', StringComparison.Ordinal) || !own.Contains(f)))
            .Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Fragments(string label) =>
        Hole().Split(label).Select(f => f.Trim(' ', '.', ',', ';', ':', '(', ')', '“', '”', '«', '»', '\u00a0', '\u202f', '/', '-', '—')).Where(f => f.Length > 0);

    private static IEnumerable<string> Leaves(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name is not ("lang" or "number" or "months" or "date_format" or "colon")).SelectMany(p => Leaves(p.Value)),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private static readonly string[] TableNames = ["labels", "assessment"];

    /// <summary>Every label table a report of that language reads: the report labels and the self-assessment sections' labels.</summary>
    private static JsonElement Table(string language)
    {
        var tables = TableNames
            .Select(name => RepositoryPaths.Combine("src", "SpmAudit.Reporting", "Localization", $"{name}-{language}.json"))
            .Where(File.Exists)
            .Select(path => File.ReadAllText(path).Trim().TrimStart('{').TrimEnd('}'));
        return JsonDocument.Parse("{" + string.Join(",", tables) + "}").RootElement;
    }

    /// <summary>What the ruleset and the evidence wrote, in the form a report prints it: every text of the result document, translated titles and guidance, choices and names as words.</summary>
    private static List<string> CriterionText(AuditResult result, string language)
    {
        var texts = new List<string>();
        using var json = JsonDocument.Parse(AuditJsonWriter.Write(result));
        Strings(json.RootElement, texts);
        texts.AddRange(result.Pack.Items.Values.Select(e => e.Source?.ToString()).OfType<string>());
        foreach (var item in result.Ruleset.Evidence)
        {
            texts.Add(item.Key);
            texts.AddRange(item.Type.Choices.Select(Words));
            texts.AddRange(item.Type.Fields.Select(f => Words(f.Name)));
            texts.Add(Words(item.Key));
            texts.AddRange(new[] { item.Question, item.Unit }.OfType<string>());
        }

        texts.AddRange(result.Ruleset.Parameters.SelectMany(p => new[] { p.Name, p.Description }.OfType<string>()));
        texts.AddRange(result.Ruleset.Indicators.SelectMany(i => i.Rule!.Lets.Select(l => Words(l.Name))));
        texts.AddRange(result.Ruleset.Grades.Bands.Select(b => b.Grade));
        if (result.Ruleset.Translations.TryGetValue(language, out var translations))
        {
            texts.AddRange(translations.Values.SelectMany(t => new[] { t.Title, t.Guidance }.OfType<string>()));
        }

        // Longest first, so a text is taken out before any shorter text inside it.
        return [.. texts.Where(t => t.Length > 1).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length)];
    }

    /// <summary>The fields of the result document that hold the ruleset's or the evidence pack's own words (codes and the technical reason are not among them).</summary>
    private static readonly HashSet<string> CriterionFields = new(StringComparer.Ordinal)
    {
        "id", "title", "guidance", "question", "name", "country", "period", "assessor", "source", "comment", "follows", "version", "by", "grade", "bandGrade", "computedGrade", "tier", "unit", "key", "path", "institution",
    };

    private static void Strings(JsonElement element, List<string> into, string? field = null, bool evidenceValue = false)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // An evidence value (text, a choice, the text fields of records) is the pack's own words; so is an override's reason.
                    var value = evidenceValue || (property.Name == "value" && element.TryGetProperty("key", out _)) || (property.Name == "reason" && element.TryGetProperty("notches", out _));
                    Strings(property.Value, into, property.Name, value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, into, field, evidenceValue);
                }

                break;
            case JsonValueKind.String when evidenceValue || (field is not null && CriterionFields.Contains(field)):
                var text = element.GetString()!;
                into.Add(text);
                into.Add(text.TrimEnd('.'));
                break;
        }
    }

    private static string Words(string code) => (code.LastIndexOf('.') is var dot and >= 0 ? code[(dot + 1)..] : code).Replace('_', ' ');

    /// <summary>The text a reader sees: for HTML, the body and the running headers without tags; Markdown as it is.</summary>
    private static string VisibleText(string text, string template)
    {
        if (!template.EndsWith(".html.sbn", StringComparison.Ordinal))
        {
            return text.Replace("\\|", "|", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal);
        }

        var headers = string.Join("\n", CssString().Matches(text).Select(m => m.Groups[1].Value));
        // A chart label wrapped over lines reads as one text.
        var body = LineBreak().Replace(text[text.IndexOf("<body", StringComparison.Ordinal)..], " ");
        return WebUtility.HtmlDecode(Tag().Replace(body, "\n")) + "\n" + CssEscape().Replace(headers, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
    }

    private static string Without(string text, IEnumerable<string> criterion)
    {
        foreach (var piece in criterion)
        {
            text = text.Replace(piece, "\n", StringComparison.Ordinal);
        }

        return text;
    }

    private static string Around(string text, List<string> found) =>
        string.Join("\n", found.Take(5).Select(f => text.IndexOf(f, StringComparison.Ordinal) is var i and >= 0 ? $"  {f}: …{text[Math.Max(0, i - 60)..Math.Min(text.Length, i + f.Length + 60)].ReplaceLineEndings(" ")}…" : f));

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[^\p{L}-]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"</tspan><tspan[^>]*>")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"content: ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex CssString();

    [GeneratedRegex(@"\\([0-9A-F]+) ")]
    private static partial Regex CssEscape();
}
