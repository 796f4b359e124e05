using SpmAudit.Engine.Evidence;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;

namespace SpmAudit.Benchmarks.Batch;

/// <summary>The shipped example evidence packs (rulesets/examples/*.yaml), loaded against a ruleset.</summary>
internal static class ExamplePacks
{
    public static IReadOnlyList<EvidencePack> Load(Ruleset ruleset)
    {
        var packs = new List<EvidencePack>();
        foreach (var path in Directory.GetFiles(RepositoryRoot.Combine("rulesets", "examples"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var diagnostics = new DiagnosticBag();
            // A pack with errors is left out rather than failing the run: the examples are inputs, not the subject.
            if (EvidencePacks.Load(path, ruleset, diagnostics) is { } pack)
            {
                packs.Add(pack);
            }
        }

        return packs.Count > 0 ? packs : throw new InvalidOperationException("No example evidence pack loaded.");
    }
}
