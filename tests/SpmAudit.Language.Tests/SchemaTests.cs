using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing.Yaml;
using SpmAudit.Language.Printing;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests;

/// <summary>The JSON Schemas under schemas/ accept every shipped YAML file and reject what the compiler rejects.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<(JsonSchema Ruleset, JsonSchema Profile, JsonSchema Evidence, JsonSchema Test, JsonSchema Crosswalk)> Schemas = new(() =>
    {
        var ruleset = Load("ruleset.schema.json");
        SchemaRegistry.Global.Register(ruleset);
        return (ruleset, Load("profile.schema.json"), Load("evidence.schema.json"), Load("test.schema.json"), Load("crosswalk.schema.json"));
    });

    public static TheoryData<string> ShippedYaml()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Rulesets, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Rulesets, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedYaml))]
    public void Every_shipped_yaml_file_validates_against_its_schema(string file)
    {
        var path = Path.Combine(RepositoryPaths.Rulesets, file);
        // Test case files, and the packs beside them, live in a ruleset's tests/ folder.
        var schema = file.EndsWith(".test.yaml", StringComparison.Ordinal) ? Schemas.Value.Test
            : file.StartsWith("examples/", StringComparison.Ordinal) || file.Contains("/tests/", StringComparison.Ordinal) ? Schemas.Value.Evidence
            : file.StartsWith("profiles/", StringComparison.Ordinal) ? Schemas.Value.Profile
            : file.StartsWith("crosswalks/", StringComparison.Ordinal) ? Schemas.Value.Crosswalk
            : Schemas.Value.Ruleset;

        Validate(schema, File.ReadAllText(path)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShippedDsl))]
    public void Every_shipped_dsl_file_converted_to_yaml_validates(string file)
    {
        var path = Path.Combine(RepositoryPaths.Rulesets, file);
        var yaml = Formatter.Format(path, File.ReadAllText(path), RulesetFormat.Yaml, new DiagnosticBag())!;

        Validate(Schemas.Value.Ruleset, yaml).ShouldBeEmpty();
    }

    /// <summary>Every golden case that compiles without errors, and every shipped ruleset: what the compiler accepts.</summary>
    public static TheoryData<string> AcceptedRulesets()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(DiagnosticCaseTests.CasesRoot).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(dir).Where(f => Path.GetExtension(f) is ".spm" or ".yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
            }
        }

        foreach (var file in ShippedRulesets.AllFiles())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AcceptedRulesets))]
    public void Every_file_the_compiler_accepts_validates_once_written_as_yaml(string file)
    {
        var path = RepositoryPaths.Combine(file);
        var diagnostics = new DiagnosticBag();
        var syntax = Formatter.Parse(path, File.ReadAllText(path), diagnostics);
        if (diagnostics.HasErrors || Profiles.ProfileReader.IsProfile(new Compilation.FileSystemStore(), Path.GetFullPath(path)) || !Compiles(path))
        {
            return;
        }

        var yaml = Formatter.Write(syntax, RulesetFormat.Yaml);
        Validate(Schemas.Value.Ruleset, yaml).ShouldBeEmpty(yaml);
    }

    [Fact]
    public void The_schema_uses_the_compilers_patterns_for_keys_and_ids()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("schemas", "ruleset.schema.json")))!;
        schema["properties"]!["evidence"]!["propertyNames"]!["pattern"]!.GetValue<string>().ShouldBe(Parsing.Identifiers.KeyPattern);
        schema["properties"]!["ruleset"]!["properties"]!["id"]!["pattern"]!.GetValue<string>().ShouldBe(Parsing.Identifiers.IdPattern);
        schema["properties"]!["parameters"]!["propertyNames"]!["pattern"]!.GetValue<string>().ShouldBe(Parsing.Identifiers.NamePattern);
    }

    /// <summary>A module compiles as part of its ruleset; a file with errors is not something the compiler accepts.</summary>
    private static bool Compiles(string path)
    {
        var result = Compilation.RulesetCompiler.Compile(path, Path.GetDirectoryName(path));
        return result.Success || result.Diagnostics.All(d => d.Code == "SPM3027");
    }

    public static TheoryData<string> ShippedDsl() => ShippedRulesets.Relative(ShippedRulesets.AllFiles().Where(f => f.EndsWith(".spm", StringComparison.Ordinal)));

    [Theory]
    [InlineData("ruleset: { id: x, title: X }\nnodes:\n  - standard: S1\n    titel: Typo\n")]
    [InlineData("ruleset: { id: x, title: X }\nscale: { met: 2 }\n")]
    [InlineData("ruleset: { id: x, title: X }\nevidence:\n  a.b: { type: integr }\n")]
    [InlineData("ruleset: { id: x, title: X }\nunknown: 1\n")]
    public void The_ruleset_schema_rejects_mistakes_the_compiler_rejects(string yaml) =>
        Validate(Schemas.Value.Ruleset, yaml).ShouldNotBeEmpty();

    [Theory]
    [InlineData("evidence:\n  a.b: 1\n")]
    [InlineData("institution: { id: x, name: X }\nassessment: desk-review\n")]
    [InlineData("institution: { id: x, name: X }\noverrides:\n  - { ruleset: r, notches: 1 }\n")]
    public void The_evidence_schema_rejects_incomplete_packs(string yaml) =>
        Validate(Schemas.Value.Evidence, yaml).ShouldNotBeEmpty();

    internal static JsonSchema RulesetSchema => Schemas.Value.Ruleset;

    private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", name)));

    internal static List<string> Validate(JsonSchema schema, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlDocumentReader.Read("x.yaml", yaml, diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        using var document = System.Text.Json.JsonDocument.Parse(ToJson(node)?.ToJsonString() ?? "null");
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var messages = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
        return messages.Count > 0 ? messages : ["invalid"];
    }

    /// <summary>YAML to JSON with the YAML core schema's scalar types (plain true/false/null/numbers are typed).</summary>
    private static JsonNode? ToJson(YamlNode? node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar { IsQuoted: true } q => JsonValue.Create(q.Value),
        YamlScalar { IsNull: true } => null,
        YamlScalar { Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalar p when double.TryParse(p.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !p.Value.Contains("..", StringComparison.Ordinal) => JsonValue.Create(number),
        YamlScalar p => JsonValue.Create(p.Value),
        _ => null,
    };
}
