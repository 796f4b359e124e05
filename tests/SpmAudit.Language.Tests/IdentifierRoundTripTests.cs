using CsCheck;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Parsing;
using SpmAudit.Language.Printing;

namespace SpmAudit.Language.Tests;

/// <summary>
/// Every name, key and id the YAML front end accepts can be written in the DSL: a YAML ruleset
/// built from generated ones (hyphens, dots, keyword parts, date-like parts) converts with
/// 'fmt --to dsl' to DSL that compiles to the same model, and validates against the JSON Schema.
/// </summary>
public sealed class IdentifierRoundTripTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcxyzABZ_0123456789"], 1, 5];

    private static readonly Gen<string> Part = Gen.Frequency(
        (6, Word),
        (2, Gen.OneOf(Identifiers.Keywords.ToArray())),
        (1, Gen.OneOf<string>("2024", "01", "1", "1.5")));

    private static readonly Gen<string> Id = Gen.Select(Part, Gen.Select(Gen.OneOf<string>(".", "-"), Part).Array[0, 3], (first, rest) =>
        first + string.Concat(rest.Select(r => r.Item1 + r.Item2))).Where(Identifiers.IsId);

    private static readonly Gen<string> Name = Gen.Select(Gen.Char["abcxyzAB_"], Gen.String[Gen.Char["abcxyz_09"], 0, 5], (c, s) => c + s).Where(Identifiers.IsName);

    private static readonly Gen<string> Key = Gen.Select(Name, Gen.Frequency((3, Name), (1, Gen.OneOf(Identifiers.Keywords.ToArray()))).Array[1, 3], (first, rest) => first + "." + string.Join('.', rest));

    [Fact]
    public void Generated_names_keys_and_ids_convert_from_yaml_to_dsl_that_compiles_to_the_same_model()
    {
        // Suffixes keep the generated names apart without rejecting samples.
        Gen.Select(Id.Array[4], Key.Array[2], Name.Array[4])
            .Sample((ids, keys, names) => RoundTrip(
                [.. ids.Select((id, i) => $"{id}-{i}")], [.. keys.Select((key, i) => $"{key}.k{i}")], [.. names.Select((name, i) => $"{name}_{i}")]), iter: 150, threads: 1);
    }

    private static void RoundTrip(string[] ids, string[] keys, string[] names)
    {
        var (standard, indicator, other, certification) = (ids[0], ids[1], ids[2], ids[3]);
        var (parameter, let, choice, field) = (names[0], names[1], names[2], names[3]);
        var yaml = $$"""
            ruleset: { id: '{{certification}}', title: Generated, version: 1.0.0, levels: [standard, indicator] }
            parameters:
              {{parameter}}: { type: integer, value: 1 }
            grades: { bands: { A: 80, C: 0 } }
            evidence:
              {{keys[0]}}: { type: 'one of ({{choice}}, other_{{choice}})' }
              {{keys[1]}}: { type: 'list of { {{field}}: number }' }
            nodes:
              - standard: '{{standard}}'
                title: Standard
                children:
                  - indicator: '{{indicator}}'
                    title: First
                    let: { {{let}}: 'count({{keys[1]}}, r => r.{{field}} > {{parameter}})' }
                    score: { met: '{{let}} > 0 and {{keys[0]}} == {{choice}}' }
                  - indicator: '{{other}}'
                    title: Second
                    score: { '2': '{{keys[0]}} == {{choice}}', '1': 'known({{keys[0]}})' }
            certifications:
              - { id: '{{certification}}', title: Certified, pass: 'all of [{{DslWriter.Id(indicator)}}, {{DslWriter.Id(other)}}] are met' }
            translations:
              fr: { '{{indicator}}': { title: Premier } }
            """;
        var dir = Directory.CreateTempSubdirectory("spm-ids-").FullName;
        try
        {
            var yamlPath = Path.Combine(dir, "r.yaml");
            File.WriteAllText(yamlPath, yaml);
            var fromYaml = RulesetCompiler.Compile(yamlPath, dir);
            fromYaml.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(yaml);

            var dsl = Formatter.Format(yamlPath, yaml, RulesetFormat.Dsl, new DiagnosticBag())!;
            var dslPath = Path.Combine(dir, "r.spm");
            File.WriteAllText(dslPath, dsl);
            var fromDsl = RulesetCompiler.Compile(dslPath, dir);
            fromDsl.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(dsl);
            RulesetDump.Dump(fromDsl.Ruleset!).ShouldBe(RulesetDump.Dump(fromYaml.Ruleset!));

            var backToYaml = Formatter.Format(dslPath, dsl, RulesetFormat.Yaml, new DiagnosticBag())!;
            SchemaTests.Validate(SchemaTests.RulesetSchema, backToYaml).ShouldBeEmpty(backToYaml);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Keywords_come_from_the_grammar()
    {
        Identifiers.Keywords.ShouldContain("ruleset");
        Identifiers.Keywords.ShouldContain("in");
        Identifiers.Keywords.ShouldContain("extend");
        Identifiers.Keywords.ShouldNotContain("met");
    }

    [Theory]
    [InlineData("4.A.1.1", true)]
    [InlineData("ac-2", true)]
    [InlineData("2024-01-01", true)]
    [InlineData("risk.in.2", false)]
    [InlineData("a--b", false)]
    public void Ids_are_written_bare_when_the_lexer_reads_them_back_whole(string id, bool bare) =>
        Identifiers.IsBareId(id).ShouldBe(bare);
}
