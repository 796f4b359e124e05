using SpmAudit.Language.Model;
using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Evaluation;
using SpmAudit.Engine.Results;

namespace SpmAudit.Engine.Tests;

/// <summary>Audits a ruleset and a pack written inline in a test, through the real files-based pipeline.</summary>
internal static class InlineAudit
{
    public const string Dictionary = """
        evidence {
          a.flag : boolean
          b.flag : boolean
          n.total : integer range 0..
          n.part : integer range 0..
          n.share : percentage range 0%..100%
          m.level : one of (specific, general, none)
          t.list : list of { topic: text, hours: number }
          d.start : date
          d.end : date
          x.big : number
        }
        """;

    public static AuditResult Run(string nodes, string evidence, string grades = """grades { "A" >= 80  "B" >= 50  "C" >= 0 }""", string? assessed = null, bool explain = true)
    {
        var dir = Directory.CreateTempSubdirectory("spm-inline-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.spm"), $"""
                ruleset inline "Inline"
                  levels standard > indicator
                {grades}
                {Dictionary}
                {nodes}
                """);
            var date = assessed is null ? "" : $"date: {assessed}\n";
            File.WriteAllText(Path.Combine(dir, "e.yaml"), $"institution: {{ id: x, name: X }}\n{date}evidence:\n" + evidence);
            var compilation = Language.Compilation.RulesetCompiler.Compile(Path.Combine(dir, "r.spm"), dir);
            compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            var outcome = Auditor.Audit(CompiledRuleset.Create(compilation.Ruleset!), Path.Combine(dir, "e.yaml"), compilation.Diagnostics, dir, explain);
            outcome.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            return outcome.Result!;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static IndicatorStatus Status(this AuditResult result, string id) =>
        result.Indicators.Single(i => i.Node.Id == id).Status;

    /// <summary>One standard S with one indicator I scored by <paramref name="met"/> (and optionally <paramref name="partial"/>).</summary>
    public static IndicatorStatus One(string met, string evidence, string? partial = null, string? applies = null) =>
        OneResult(met, evidence, partial, applies).Status("I");

    /// <summary>The same audit as <see cref="One"/>, whole; with <paramref name="explain"/> false, as batch mode runs it.</summary>
    public static AuditResult OneResult(string met, string evidence, string? partial = null, string? applies = null, bool explain = true)
    {
        var body = (applies is null ? "" : $"applies when {applies} ") + $"score {{ met when {met} " + (partial is null ? "" : $"partial when {partial} ") + "}";
        return Run($$"""standard S "S" { indicator I "I" { {{body}} } }""", evidence, explain: explain);
    }
}
