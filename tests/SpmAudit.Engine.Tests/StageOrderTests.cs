using System.Text.RegularExpressions;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>
/// The Engine's folders follow the audit's stages (AuditPipeline): a folder may use the folders
/// before it, never one after. Results, the data every stage writes, comes right after the pack.
/// </summary>
public sealed partial class StageOrderTests
{
    internal static readonly string[] Stages = ["Reading", "Tables", "Evidence", "Results", "Evaluation", "Explanation", "Scoring", "Outcomes", "Analysis", "Auditing", "Batch", "Testing", "Comparison"];

    private static string EngineSource => RepositoryPaths.Combine("src", "SpmAudit.Engine");

    [Fact]
    public void Every_engine_folder_is_a_stage()
    {
        var folders = Directory.GetDirectories(EngineSource).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        folders.ShouldBe(Stages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_engine_folder_uses_a_later_stage()
    {
        var violations = new List<string>();
        foreach (var (stage, index) in Stages.Select((s, i) => (s, i)))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(EngineSource, stage), "*.cs", SearchOption.AllDirectories))
            {
                var later = ReferencedStages(File.ReadAllText(file)).Where(s => Array.IndexOf(Stages, s) > index);
                violations.AddRange(later.Select(s => $"{Path.GetRelativePath(EngineSource, file)} uses {s}"));
            }
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_sees_usings_full_names_and_names_relative_to_the_engine()
    {
        ReferencedStages("using SpmAudit.Engine.Analysis;").ShouldBe(["Analysis"]);
        ReferencedStages("var x = SpmAudit.Engine.Outcomes.Thing.Make();").ShouldBe(["Outcomes"]);
        ReferencedStages("public Scoring.NodeAggregate Root { get; }").ShouldBe(["Scoring"]);
        ReferencedStages("var key = use.Evidence.Key;").ShouldBeEmpty();
    }

    /// <summary>Stages named by a using, a full name, or a name relative to SpmAudit.Engine (as C# resolves inside its namespaces).</summary>
    internal static IEnumerable<string> ReferencedStages(string source) =>
        StageReference().Matches(source).Select(m => m.Groups["stage"].Value).Where(Stages.Contains).Distinct();

    [GeneratedRegex(@"(?:SpmAudit\.Engine\.|(?<![\w.]))(?<stage>[A-Z]\w*)\.[A-Z]|using\s+SpmAudit\.Engine\.(?<stage>\w+)\s*;")]
    private static partial Regex StageReference();
}
