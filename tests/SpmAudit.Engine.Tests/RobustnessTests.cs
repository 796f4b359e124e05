using SpmAudit.Engine.Auditing;
using SpmAudit.Language.Compilation;
using SpmAudit.Tests;

namespace SpmAudit.Engine.Tests;

/// <summary>
/// Bad input never crashes: shipped files damaged at random (characters deleted, duplicated or
/// replaced) must give diagnostics or a result, never an exception.
/// </summary>
public sealed class RobustnessTests
{
    private const string Noise = "{}[]():,.\"'#%*=<>-|\n \t0123456789abcAZ_";

    [Theory]
    [InlineData("client-protection/client-protection.yaml")]
    [InlineData("social-rating/social-rating.spm")]
    [InlineData("spm-pathway/spm-pathway.spm")]
    public void Damaged_rulesets_give_diagnostics_not_exceptions(string ruleset)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Rulesets, ruleset));
        var folder = CopyTree();
        try
        {
            var target = Path.Combine(folder, ruleset);
            var random = new Random(ruleset.Length);
            for (var round = 0; round < 60; round++)
            {
                File.WriteAllText(target, Damage(original, random));
                Should.NotThrow(() => RulesetCompiler.Compile(target));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Damaged_evidence_packs_give_diagnostics_not_exceptions()
    {
        var ruleset = RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm");
        var compiled = Evaluation.CompiledRuleset.Create(RulesetCompiler.Compile(ruleset).Ruleset!);
        var original = File.ReadAllText(RepositoryPaths.Combine("rulesets", "examples", "umoja-women-ngo.yaml"));
        var pack = Path.Combine(Path.GetTempPath(), $"spm-damaged-{Guid.NewGuid():N}.yaml");
        var random = new Random(11);
        try
        {
            for (var round = 0; round < 150; round++)
            {
                File.WriteAllText(pack, Damage(original, random));
                var outcome = Should.NotThrow(() => Auditor.Audit(compiled, pack, []));
                (outcome.Result is not null || outcome.Diagnostics.Any(d => d.IsError)).ShouldBeTrue();
            }
        }
        finally
        {
            File.Delete(pack);
        }
    }

    [Fact]
    public void Files_saved_with_a_byte_order_mark_are_read_like_any_other()
    {
        var folder = Directory.CreateTempSubdirectory("spm-bom-").FullName;
        try
        {
            var bom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            File.WriteAllText(Path.Combine(folder, "r.spm"), "ruleset bom \"BOM\"\n  levels standard > indicator\ngrades { \"A\" >= 0 }\nevidence { a.flag : boolean }\nstandard S \"S\" { indicator I \"I\" { score { met when a.flag } } }\n", bom);
            File.WriteAllText(Path.Combine(folder, "e.yaml"), "# pack\ninstitution: { id: x, name: X }\nevidence:\n  a.flag: true\n", bom);

            var outcome = Auditor.Audit(Path.Combine(folder, "r.spm"), Path.Combine(folder, "e.yaml"), folder);

            outcome.Diagnostics.ShouldBeEmpty();
            outcome.Result!.Score.ShouldBe(100);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Damage(string text, Random random)
    {
        var chars = text.ToList();
        for (var edit = random.Next(1, 6); edit > 0; edit--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveRange(at, Math.Min(random.Next(1, 12), chars.Count - at));
                    break;
                case 1:
                    chars.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                default:
                    chars[at] = Noise[random.Next(Noise.Length)];
                    break;
            }
        }

        return new string([.. chars]);
    }

    /// <summary>A private copy of rulesets/ so damaged files never touch the shipped ones.</summary>
    private static string CopyTree()
    {
        var target = Directory.CreateTempSubdirectory("spm-robust-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Rulesets, "*.*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Rulesets, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
