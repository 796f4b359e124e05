using SpmAudit.Engine.Auditing;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>
/// Golden evidence cases: each folder under Cases/Evidence holds evidence.yaml and expected.txt,
/// the diagnostics of auditing it against Cases/Evidence/ruleset.spm. Packs are only read.
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
        var evidence = Path.Combine(dir, "evidence.yaml");
        var before = File.ReadAllBytes(evidence);

        var outcome = Auditor.Audit(Path.Combine(Root, "ruleset.spm"), evidence, displayBase: Root);

        File.ReadAllBytes(evidence).ShouldBe(before);
        var actual = string.Concat(outcome.Diagnostics.Select(d => d + "\n"));
        actual += outcome.Result is not { } result
            ? "(no result)\n"
            : $"(result: {result.Indicators[0].Status}, grade {result.Grade.Grade}, computed {result.Grade.ComputedGrade}{(result.Grade.Override is { } o ? $", override: {o.Reason}" : "")})\n";
        Baseline.Verify(Path.Combine(dir, "expected.txt"), actual);
    }
}
