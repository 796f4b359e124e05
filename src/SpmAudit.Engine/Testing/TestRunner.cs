using System.Collections.Immutable;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Evidence;
using SpmAudit.Engine.Reading;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Engine.Testing;

/// <summary>
/// Runs the test cases kept beside rulesets: each case's pack is audited (with traces) under its
/// ruleset, profile or parameters, its expectations are compared with the result, and coverage is
/// collected per ruleset. Rulesets are compiled once per distinct ruleset, profile and parameters;
/// their C# functions run only under <paramref name="trustScripts"/> or the trust file, as in an audit.
/// </summary>
public sealed class TestRunner(string displayBase, bool trustScripts = false)
{
    private readonly Dictionary<string, (CompiledRuleset? Compiled, ImmutableArray<Diagnostic> Diagnostics)> _compiled = new(StringComparer.Ordinal);

    /// <summary>The test files a path names: the file itself, every '*.test.yaml' below a folder, or those beside a ruleset that test it.</summary>
    public static ImmutableArray<string> Discover(string path, DiagnosticBag diagnostics, string display)
    {
        if (Directory.Exists(path))
        {
            var found = Directory.EnumerateFiles(path, "*" + TestCaseReader.Suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToImmutableArray();
            if (found.IsEmpty)
            {
                diagnostics.Add(DiagnosticCatalog.NoTestCases(SourceSpan.None(display), display));
            }

            return found;
        }

        if (path.EndsWith(TestCaseReader.Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return [path];
        }

        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound(SourceSpan.None(display), display));
            return [];
        }

        // A ruleset: the test files in its folder (and below) whose 'ruleset' names it.
        var full = Path.GetFullPath(path);
        var beside = Directory.EnumerateFiles(Path.GetDirectoryName(full)!, "*" + TestCaseReader.Suffix, SearchOption.AllDirectories)
            .Where(f => TestCaseReader.Read(f, f, new DiagnosticBag()) is { } file && Path.GetFullPath(Path.Combine(Path.GetDirectoryName(f)!, file.Ruleset)) == full)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        if (beside.IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.NoTestCases(SourceSpan.None(display), display));
        }

        return beside;
    }

    public TestRun Run(IEnumerable<string> paths)
    {
        var diagnostics = new DiagnosticBag();
        var cases = new List<TestCaseResult>();
        var coverage = new Dictionary<string, (CoverageRecorder Recorder, string Display)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var display = DisplayPath.Of(path, displayBase);
            if (TestCaseReader.Read(path, display, diagnostics) is not { } file)
            {
                continue;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var (ruleset, rulesetDiagnostics) = Compile(file.Ruleset, folder, file, null);
            if (ruleset is null)
            {
                diagnostics.AddRange(rulesetDiagnostics);
                cases.AddRange(file.Cases.Select(c => new TestCaseResult(display, c.Name, c.Span, [], [DiagnosticCatalog.TestRulesetHasErrors(file.RulesetSpan, file.Ruleset)])));
                continue;
            }

            var key = ruleset.Ruleset.Sha256;
            if (!coverage.TryGetValue(key, out var recorder))
            {
                coverage[key] = recorder = (new CoverageRecorder(ruleset), DisplayPath.Of(Path.Combine(folder, file.Ruleset), displayBase));
            }

            foreach (var testCase in file.Cases)
            {
                cases.Add(RunCase(file, testCase, folder, ruleset, recorder.Recorder));
            }
        }

        return new TestRun([.. cases], [.. coverage.Values.Select(c => c.Recorder.Coverage(c.Display))], diagnostics.ToSortedArray());
    }

    private TestCaseResult RunCase(RulesetTestFile file, RulesetTestCase testCase, string folder, CompiledRuleset baseRuleset, CoverageRecorder recorder)
    {
        var errors = new DiagnosticBag();
        var compiled = baseRuleset;
        if (testCase.Profile is not null || !testCase.Parameters.IsEmpty)
        {
            var (tailored, diagnostics) = Compile(testCase.Profile ?? file.Ruleset, folder, file, testCase);
            if (tailored is null)
            {
                errors.AddRange(diagnostics.Where(d => d.IsError));
                return new TestCaseResult(file.DisplayPath, testCase.Name, testCase.Span, [], errors.ToSortedArray());
            }

            compiled = tailored;
        }

        var pack = Pack(testCase.Evidence, file, folder, compiled, errors);
        if (pack is null || errors.HasErrors)
        {
            return new TestCaseResult(file.DisplayPath, testCase.Name, testCase.Span, [], [.. errors.ToSortedArray().Where(d => d.IsError)]);
        }

        var result = AuditPipeline.Audit(compiled, pack, [], explain: true);
        recorder.Record(result);
        var failures = ExpectationChecker.Check(result, testCase.Expectations, errors);
        return new TestCaseResult(file.DisplayPath, testCase.Name, testCase.Span, failures, [.. errors.ToSortedArray().Where(d => d.IsError)]);
    }

    private EvidencePack? Pack(TestEvidence evidence, RulesetTestFile file, string folder, CompiledRuleset compiled, DiagnosticBag diagnostics)
    {
        if (evidence is TestEvidenceFile named)
        {
            var path = Path.Combine(folder, named.Path);
            return EvidencePacks.Load(path, compiled.Ruleset, diagnostics, DisplayPath.Of(path, displayBase));
        }

        var inline = (TestEvidenceInline)evidence;
        var document = YamlEvidenceReader.Read(file.DisplayPath, inline.Pack, diagnostics);

        // A case is about the evidence: an inline pack may leave the institution out.
        if (document is { Institution: null })
        {
            var id = new DocumentText(inline.Span, "test-case");
            document = document with { Institution = new DocumentInstitution(inline.Span, id, id, null) };
        }

        return document is null ? null : EvidencePacks.Bind(document, Sha256Of($"{file.DisplayPath}:{inline.Span.Line}"), compiled.Ruleset, diagnostics);
    }

    private static string Sha256Of(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private (CompiledRuleset? Compiled, ImmutableArray<Diagnostic> Diagnostics) Compile(string spec, string folder, RulesetTestFile file, RulesetTestCase? testCase)
    {
        var parameters = testCase?.Parameters ?? [];
        var key = $"{Path.GetFullPath(Path.Combine(folder, spec))}\n{string.Join("\n", parameters.Select(p => $"{p.Key.Value}={p.Value.Value}"))}";
        if (_compiled.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var compilation = ScriptTrust.Apply(
            parameters.IsEmpty
                ? RulesetLocator.Compile(spec, folder, displayBase)
                : ParameterProfile.Compile(spec, folder, displayBase, parameters, $"{file.DisplayPath} (parameters of '{testCase!.Name}')"),
            trustScripts);
        var compiled = compilation.Success ? CompiledRuleset.Create(compilation.Ruleset!) : null;
        return _compiled[key] = (compiled, compilation.Diagnostics);
    }
}
