using System.Collections.Frozen;
using System.Text.Json;
using Scriban.Runtime;

namespace SpmAudit.Reporting.Localization;

/// <summary>
/// The words a report prints around the results, per language. Tables are embedded JSON files
/// (labels-&lt;lang&gt;.json; a dotted culture suffix would make MSBuild move them to satellite assemblies) so translators edit text, not code. Criterion text, reasons and
/// evidence are never translated: they are printed as the ruleset and the evidence pack wrote them.
/// </summary>
public static class ReportLabels
{
    public const string DefaultLanguage = "en";

    /// <summary>The languages a report can be written in, as <c>--lang</c> accepts them.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es"];

    private static readonly FrozenDictionary<string, string> Json = Languages.ToFrozenDictionary(l => l, l => Read($"labels-{l}.json"));

    /// <summary>Labels of the self-assessment sections (action plan, trend, completeness), kept in a table of their own.</summary>
    private static readonly FrozenDictionary<string, string> AssessmentJson = Languages.ToFrozenDictionary(l => l, l => Read($"assessment-{l}.json"));

    public static bool IsSupported(string language) => Json.ContainsKey(language);

    /// <summary>The label table as templates see it: <c>labels.grade</c>, <c>labels.status_names.met</c>.</summary>
    internal static ScriptObject For(string language)
    {
        if (!Json.TryGetValue(language, out var text))
        {
            throw new ArgumentException($"No labels for language '{language}'; supported: {string.Join(", ", Languages)}.", nameof(language));
        }

        using var document = JsonDocument.Parse(text);
        var labels = ToObject(document.RootElement);
        using var assessment = JsonDocument.Parse(AssessmentJson[language]);
        foreach (var (name, value) in ToObject(assessment.RootElement))
        {
            labels[name] = value;
        }

        labels["lang"] = language;
        return labels;
    }

    /// <summary>A label table as Scriban values: nested tables (status names, terms) stay tables.</summary>
    private static ScriptObject ToObject(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind == JsonValueKind.Object ? ToObject(property.Value) : property.Value.GetString();
        }

        return result;
    }

    private static string Read(string file)
    {
        var name = $"SpmAudit.Reporting.Localization.{file}";
        using var stream = typeof(ReportLabels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded label table {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
