using System.Collections.Frozen;
using System.Text.Json;
using Scriban.Runtime;

namespace SpmAudit.Reporting.Localization;

/// <summary>
/// The words a report prints around the results, per language. Tables are embedded JSON files
/// (labels-&lt;lang&gt;.json; a dotted culture suffix would make MSBuild move them to satellite assemblies) so translators edit text, not code:
/// every label, level name, sentence of a reason and number format of a report. Criterion text and evidence are
/// printed as the ruleset (or its own translations) and the evidence pack wrote them.
/// </summary>
public static class ReportLabels
{
    public const string DefaultLanguage = "en";

    /// <summary>The languages a report can be written in, as <c>--lang</c> accepts them.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es"];

    // Parsed once, on first use of the language: a report reads one language, and start-up is most of a
    // single audit's time. A JsonElement of a document kept alive is immutable and safe to share between threads.
    private static readonly FrozenDictionary<string, Lazy<JsonElement>> Parsed = Tables("labels");

    /// <summary>Labels of the self-assessment sections (action plan, trend, completeness), kept in a table of their own.</summary>
    private static readonly FrozenDictionary<string, Lazy<JsonElement>> Assessment = Tables("assessment");

    public static bool IsSupported(string language) => Parsed.ContainsKey(language);

    /// <summary>The label table as templates see it: <c>labels.grade</c>, <c>labels.status_names.met</c>.</summary>
    internal static ScriptObject For(string language)
    {
        var labels = ToObject(Table(language));
        foreach (var (name, value) in ToObject(Assessment[language].Value))
        {
            labels[name] = value;
        }

        labels["lang"] = language;
        return labels;
    }

    /// <summary>The parsed label table of a language.</summary>
    internal static JsonElement Table(string language) => Parsed.TryGetValue(language, out var table)
        ? table.Value
        : throw new ArgumentException($"No labels for language '{language}'; supported: {string.Join(", ", Languages)}.", nameof(language));

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

    private static FrozenDictionary<string, Lazy<JsonElement>> Tables(string prefix) =>
        Languages.ToFrozenDictionary(l => l, l => new Lazy<JsonElement>(() => JsonDocument.Parse(Read($"{prefix}-{l}.json")).RootElement));

    private static string Read(string file)
    {
        var name = $"SpmAudit.Reporting.Localization.{file}";
        using var stream = typeof(ReportLabels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded label table {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
