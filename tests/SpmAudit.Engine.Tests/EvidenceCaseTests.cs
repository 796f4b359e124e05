using SpmAudit.Engine.Auditing;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>
/// Golden evidence cases: each folder under Cases/Evidence holds one evidence file (evidence.yaml,
/// .json, .csv, or any other extension to test refusals) and expected.txt, the diagnostics of
/// auditing it against Cases/Evidence/ruleset.spm (or the case's own ruleset.spm). Packs are only read.
/// </summary>
public sealed class EvidenceCaseTests
{
    private static string Root => RepositoryPaths.Combine("tests", "SpmAudit.Engine.Tests", "Cases", "Evidence");

    public static TheoryData<string> Cases() => GoldenCases.In(Root);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evidence_pack_gives_exactly_the_expected_diagnostics(string name)
    {
        var dir = Path.Combine(Root, name);
        var evidence = Directory.GetFiles(dir, "evidence.*").Single();
        var ruleset = File.Exists(Path.Combine(dir, "ruleset.spm")) ? Path.Combine(dir, "ruleset.spm") : Path.Combine(Root, "ruleset.spm");
        var before = File.ReadAllBytes(evidence);

        var outcome = Auditor.Audit(ruleset, evidence, displayBase: Root);

        File.ReadAllBytes(evidence).ShouldBe(before);
        var actual = string.Concat(outcome.Diagnostics.Select(d => d + "\n"));
        actual += outcome.Result is not { } result
            ? "(no result)\n"
            : $"(result: {result.Indicators[0].Status}, grade {result.Grade!.Grade}, computed {result.Grade!.ComputedGrade}{(result.Grade!.Override is { } o ? $", override: {o.Reason}" : "")})\n";
        Baseline.Verify(Path.Combine(dir, "expected.txt"), actual);
    }
}
