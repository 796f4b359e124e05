using System.Collections.Immutable;
using System.Globalization;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Model;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Engine.Testing;

/// <summary>
/// Reads a test case file: <c>ruleset:</c> and either <c>cases:</c> (a list) or one case at the top
/// (<c>name:</c>, <c>evidence:</c>, <c>expect:</c>). Structure errors are SPM70xx at their position;
/// whether ids exist is checked later, against the compiled ruleset.
/// </summary>
public static class TestCaseReader
{
    /// <summary>The suffix that marks a file of test cases, so a folder can hold rulesets and tests side by side.</summary>
    public const string Suffix = ".test.yaml";

    private static readonly string[] CaseFields = ["name", "evidence", "profile", "parameters", "expect"];
    private static readonly string[] ExpectFields = ["score", "grade", "status", "indicators", "nodes", "caps", "certifications"];

    public static RulesetTestFile? Read(string path, string display, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        if (InputText.Read(path, display, SourceSpan.None(display), diagnostics) is not { } text
            || YamlDocumentReader.Read(display, text, diagnostics) is not { } node)
        {
            if (diagnostics.ErrorCount == before)
            {
                diagnostics.Add(DiagnosticCatalog.NotATestFile(new SourceSpan(display, 1, 1), display));
            }

            return null;
        }

        var shape = new YamlShape(diagnostics);
        if (node is not YamlMapping root || root["ruleset"] is null || (root["cases"] is null && root["expect"] is null))
        {
            diagnostics.Add(DiagnosticCatalog.NotATestFile(node.Span, display));
            return null;
        }

        var single = root["cases"] is null;
        shape.AllowOnly(root, "a test case file", single ? ["ruleset", .. CaseFields] : ["ruleset", "cases"]);
        var ruleset = shape.Text(root["ruleset"], "'ruleset'");
        var cases = single
            ? [Case(shape, root)]
            : (shape.Sequence(root["cases"], "'cases'")?.Items ?? []).Select(i => shape.Mapping(i, "a test case") is { } c ? Case(shape, c) : null);
        var read = cases.OfType<RulesetTestCase>().ToImmutableArray();
        foreach (var duplicate in read.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Skip(1).First()))
        {
            diagnostics.Add(DiagnosticCatalog.DuplicateTestCase(duplicate.Span, duplicate.Name));
        }

        return ruleset is null || diagnostics.ErrorCount > before ? null : new RulesetTestFile(path, display, ruleset, root["ruleset"]!.Span, read);
    }

    private static RulesetTestCase? Case(YamlShape shape, YamlMapping mapping)
    {
        if (mapping["ruleset"] is null)
        {
            // A one-case file was checked with its 'ruleset' above.
            shape.AllowOnly(mapping, "a test case", CaseFields);
        }

        var name = shape.Required(mapping, "name", "a test case");
        if (name is null)
        {
            return null;
        }

        TestEvidence? evidence = mapping["evidence"] switch
        {
            YamlScalar { IsNull: false } file => new TestEvidenceFile(file.Span, file.Value),
            YamlMapping pack => new TestEvidenceInline(pack.Span, pack),
            _ => null,
        };
        if (evidence is null)
        {
            shape.Diagnostics.Add(DiagnosticCatalog.TestCaseWithoutEvidence(mapping.Span, name));
            return null;
        }

        var parameters = (shape.Mapping(mapping["parameters"], "'parameters'")?.Entries ?? [])
            .Select(e => (e.Key, Value: shape.Scalar(e.Value, $"parameter '{e.Key.Value}'")))
            .Where(e => e.Value is not null)
            .Select(e => KeyValuePair.Create(e.Key, e.Value!));
        return new RulesetTestCase(name, mapping.Span, evidence, Expectations(shape, mapping["expect"], name, mapping.Span))
        {
            Profile = shape.Text(mapping["profile"], "'profile'"),
            Parameters = [.. parameters],
        };
    }

    private static ImmutableArray<TestExpectation> Expectations(YamlShape shape, YamlNode? node, string name, SourceSpan caseSpan)
    {
        if (shape.Mapping(node, "'expect'") is not { } expect || expect.Entries.IsEmpty)
        {
            shape.Diagnostics.Add(DiagnosticCatalog.TestCaseExpectsNothing(node?.Span ?? caseSpan, name));
            return [];
        }

        shape.AllowOnly(expect, "'expect'", ExpectFields);
        var result = ImmutableArray.CreateBuilder<TestExpectation>();
        Add(result, ExpectationKind.Score, null, Number(shape, expect["score"], "the expected score"));
        Add(result, ExpectationKind.Grade, null, Scalar(shape, expect["grade"], "the expected grade"));
        Add(result, ExpectationKind.Status, null, Status(shape, expect["status"]));
        foreach (var (key, value) in Entries(shape, expect["indicators"], "'indicators'"))
        {
            Add(result, ExpectationKind.IndicatorStatus, key.Value, Status(shape, value));
        }

        foreach (var (key, value) in Entries(shape, expect["nodes"], "'nodes'"))
        {
            var fields = value as YamlMapping;
            if (fields is not null)
            {
                shape.AllowOnly(fields, $"the expectation of node '{key.Value}'", "score", "status");
            }

            var score = fields is null ? value is YamlScalar s && YamlShape.TryNumber(s.Value, out _) ? value : null : fields["score"];
            var status = fields is null ? score is null ? value : null : fields["status"];
            Add(result, ExpectationKind.NodeScore, key.Value, Number(shape, score, $"the expected score of '{key.Value}'"));
            Add(result, ExpectationKind.NodeStatus, key.Value, Status(shape, status));
        }

        if (expect["caps"] is { } caps)
        {
            var grades = (shape.Sequence(caps, "'caps'")?.Items ?? []).Select(i => shape.Text(i, "a capped grade")).OfType<string>();
            result.Add(new TestExpectation(ExpectationKind.Caps, null, string.Join(", ", grades), caps.Span));
        }

        foreach (var (key, value) in Entries(shape, expect["certifications"], "'certifications'"))
        {
            Add(result, ExpectationKind.Certification, key.Value, Scalar(shape, value, $"the expected decision of '{key.Value}'"));
        }

        return result.ToImmutable();

        static void Add(ImmutableArray<TestExpectation>.Builder into, ExpectationKind kind, string? subject, (string Text, SourceSpan Span)? value)
        {
            if (value is { } v)
            {
                into.Add(new TestExpectation(kind, subject, v.Text, v.Span));
            }
        }
    }

    private static IEnumerable<(YamlScalar Key, YamlNode Value)> Entries(YamlShape shape, YamlNode? node, string where) =>
        (shape.Mapping(node, where)?.Entries ?? []).Select(e => (e.Key, e.Value));

    private static (string, SourceSpan)? Scalar(YamlShape shape, YamlNode? node, string where) =>
        node is not null && shape.Text(node, where) is { } text ? (text, node.Span) : null;

    private static (string, SourceSpan)? Number(YamlShape shape, YamlNode? node, string where) =>
        node is not null && shape.Number(node, where) is { } number ? (number.ToString(CultureInfo.InvariantCulture), node.Span) : null;

    private static (string, SourceSpan)? Status(YamlShape shape, YamlNode? node)
    {
        if (node is null || shape.Text(node, "an expected status") is not { } word)
        {
            return null;
        }

        if (IndicatorStatuses.Parse(word) is not { } status)
        {
            shape.Diagnostics.Add(DiagnosticCatalog.UnknownTestStatus(node.Span, word));
            return null;
        }

        return (IndicatorStatuses.Name(status), node.Span);
    }
}
