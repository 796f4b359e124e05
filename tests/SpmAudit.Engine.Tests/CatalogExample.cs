using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Explanation;

namespace SpmAudit.Engine.Tests;

/// <summary>Evaluates one expression over a few evidence items through the whole pipeline, giving its value as reports print it.</summary>
internal static class CatalogExample
{
    public static string Evaluate(string expression, IEnumerable<(string Key, string Type, string Value)> evidence)
    {
        var items = evidence.ToList();
        var dir = Directory.CreateTempSubdirectory("spm-example-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.spm"), $$"""
                ruleset example "Example"
                  levels standard > indicator
                grades { "A" >= 0 }
                evidence {
                {{string.Join("\n", items.Select(i => $"  {i.Key} : {i.Type}"))}}
                }
                standard S "S" { indicator I "I" { let value = {{expression}}  score { met when known(value) or not known(value) } } }
                """);
            File.WriteAllText(Path.Combine(dir, "e.yaml"), "institution: { id: x, name: X }\nevidence:\n" + string.Concat(items.Select(i => $"  {i.Key}: {i.Value}\n")));
            var outcome = Auditor.Audit(Path.Combine(dir, "r.spm"), Path.Combine(dir, "e.yaml"), dir);
            outcome.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            var let = outcome.Result!.Indicators[0].Trace!.Clauses.Single(c => c.Clause == "let value").Value;
            return let.IsMissing ? "missing" : ValueText.Format(let.Type, let.Value);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
